#include "line_reader.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace warta::cli {

LineReader::LineReader(int fd, size_t block) : fd_(fd), buffer_(block ? block : 1, '\0') {}

bool LineReader::Fill() {
  if (at_end_ || error_) return false;
  begin_ = end_ = 0;
  while (true) {
    const ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
    if (n > 0) {
      end_ = static_cast<size_t>(n);
      return true;
    }
    if (n == 0) {
      at_end_ = true;
      return false;
    }
    if (errno == EINTR) continue;
    error_ = errno;
    return false;
  }
}

bool LineReader::Next(std::string* line) {
  line->clear();
  bool any = false;
  while (true) {
    const char* data = buffer_.data();
    const void* newline = std::memchr(data + begin_, '\n', end_ - begin_);
    if (newline != nullptr) {
      const size_t at = static_cast<size_t>(static_cast<const char*>(newline) - data);
      line->append(data + begin_, at - begin_);
      begin_ = at + 1;
      return true;
    }
    if (end_ > begin_) {
      line->append(data + begin_, end_ - begin_);
      any = true;
    }
    begin_ = end_ = 0;
    if (!Fill()) return any && !error_;
  }
}

bool LineReader::Ready() {
  if (at_end_ || error_) return true;
  if (std::memchr(buffer_.data() + begin_, '\n', end_ - begin_) != nullptr) return true;
  pollfd p{fd_, POLLIN, 0};
  while (true) {
    const int n = ::poll(&p, 1, 0);
    if (n >= 0) return n > 0;  // readable, or hung up: read(2) will not wait
    if (errno != EINTR) return true;  // let the read report it
  }
}

}  // namespace warta::cli
