"""`warta serve` on a free loopback port, for the tests that talk to it
(tests/server/api_test.py, tests/browser/ui_test.py).

    server = WartaServer(warta, "archive.db", "--token", "t")
    server.port, server.url   # http://127.0.0.1:PORT/
    server.log                # what it wrote to stderr, line by line
    server.stop()             # its exit status (None if it had to be killed)
"""
import re
import subprocess
import threading
import time


class WartaServer:
    def __init__(self, warta, db, *extra, start_timeout=180):
        self.proc = subprocess.Popen([warta, "serve", "--db", db, "--port", "0", *extra],
                                     stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
        self.log = []
        self.port = None
        deadline = time.time() + start_timeout
        while time.time() < deadline:
            line = self.proc.stderr.readline().decode("utf-8", "replace")
            if not line:
                break
            self.log.append(line)
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
            if m:
                self.port = int(m.group(1))
                break
        if self.port is None:
            self.proc.kill()
            raise RuntimeError("warta serve did not start: " + "".join(self.log))
        # Keep reading its stderr so that it never blocks on a full pipe.
        threading.Thread(target=self._drain, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.port}/"

    def _drain(self):
        for line in self.proc.stderr:
            self.log.append(line.decode("utf-8", "replace"))

    def stop(self):
        self.proc.terminate()
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None
