#include "line_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <vector>

namespace warta::cli {
namespace {

// A pipe whose write end the test holds, as a feeding program holds it.
class Pipe {
 public:
  Pipe() { EXPECT_EQ(::pipe(fds_), 0); }
  ~Pipe() {
    ::close(fds_[0]);
    CloseWriter();
  }
  int reader() const { return fds_[0]; }
  void Write(const std::string& s) {
    ASSERT_EQ(::write(fds_[1], s.data(), s.size()), static_cast<ssize_t>(s.size()));
  }
  void CloseWriter() {
    if (fds_[1] >= 0) ::close(fds_[1]);
    fds_[1] = -1;
  }

 private:
  int fds_[2] = {-1, -1};
};

std::vector<std::string> AllLines(LineReader& reader) {
  std::vector<std::string> lines;
  std::string line;
  while (reader.Next(&line)) lines.push_back(line);
  return lines;
}

TEST(LineReaderTest, LinesAsGetlineGivesThem) {
  Pipe pipe;
  pipe.Write("satu\n\ndua\r\ntiga tanpa akhir baris");
  pipe.CloseWriter();
  LineReader reader(pipe.reader());
  EXPECT_EQ(AllLines(reader),
            (std::vector<std::string>{"satu", "", "dua\r", "tiga tanpa akhir baris"}));
  EXPECT_FALSE(reader.failed());
}

TEST(LineReaderTest, ALineLongerThanTheBlockComesWhole) {
  Pipe pipe;
  const std::string long_line(1000, 'a');
  pipe.Write(long_line + "\nb\n");
  pipe.CloseWriter();
  LineReader reader(pipe.reader(), /*block=*/7);
  EXPECT_EQ(AllLines(reader), (std::vector<std::string>{long_line, "b"}));
}

TEST(LineReaderTest, ReadyOnlyWhenTheNextLineNeedsNoWaiting) {
  Pipe pipe;
  pipe.Write("satu\ndua\nti");
  LineReader reader(pipe.reader());
  std::string line;
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "satu");
  EXPECT_TRUE(reader.Ready());  // "dua" is buffered
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "dua");
  EXPECT_FALSE(reader.Ready());  // half a line, and the writer is silent
  pipe.Write("ga\n");
  EXPECT_TRUE(reader.Ready());
  ASSERT_TRUE(reader.Next(&line));
  EXPECT_EQ(line, "tiga");
  pipe.CloseWriter();
  EXPECT_TRUE(reader.Ready());  // the end: Next() returns at once
  EXPECT_FALSE(reader.Next(&line));
}

TEST(LineReaderTest, AReadErrorIsReported) {
  LineReader reader(/*fd=*/-1);
  std::string line;
  EXPECT_FALSE(reader.Next(&line));
  EXPECT_TRUE(reader.failed());
  EXPECT_EQ(reader.error(), EBADF);
}

}  // namespace
}  // namespace warta::cli
