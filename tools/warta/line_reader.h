// LineReader: the lines of a file descriptor, for the JSON Lines commands.
//
// Reads in large blocks and hands out one line at a time (without its
// '\n'; a last line without one is a line too), like std::getline, and
// also says whether the next line is there without waiting for whoever
// writes the input (Ready()): the batch commands gather articles into
// chunks for the pipeline, and a chunk is sent on early when the next line
// would have to be waited for, so a program feeding one article at a time
// through a pipe gets each answer at once.
//
//   LineReader reader(STDIN_FILENO);
//   std::string line;
//   while (reader.Next(&line)) { ... if (!reader.Ready()) SendChunk(); }
//   if (reader.failed()) ... std::strerror(reader.error()) ...
//
// Not thread-safe. Does not own or close the descriptor.
#ifndef WARTA_TOOLS_LINE_READER_H_
#define WARTA_TOOLS_LINE_READER_H_

#include <cstddef>
#include <string>

namespace warta::cli {

class LineReader {
 public:
  explicit LineReader(int fd, size_t block = size_t{1} << 20);

  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line into *line; false at the end of the input or on a read
  // error (then failed() is true).
  bool Next(std::string* line);

  // True when Next() would return without blocking: a whole line is
  // buffered, the input has ended (or failed), or the descriptor has data.
  bool Ready();

  bool failed() const { return error_ != 0; }
  int error() const { return error_; }  // errno of the failed read

 private:
  bool Fill();  // one read(2); false at the end or on an error

  const int fd_;
  std::string buffer_;
  size_t begin_ = 0, end_ = 0;  // unread bytes are buffer_[begin_, end_)
  bool at_end_ = false;
  int error_ = 0;
};

}  // namespace warta::cli

#endif  // WARTA_TOOLS_LINE_READER_H_
