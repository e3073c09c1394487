#include "output/offset_map.h"

#include <algorithm>

namespace warta::output {

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(chars);
    chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
}

uint32_t OffsetMap::CharOffset(uint32_t byte_offset) const {
  if (ascii_) return byte_offset;
  // checkpoints_ is not empty here: a non-ASCII text has at least one byte.
  size_t block = std::min<size_t>(byte_offset / kStride, checkpoints_.size() - 1);
  uint32_t chars = checkpoints_[block];
  const size_t end = std::min<size_t>(byte_offset, text_.size());
  for (size_t i = block * kStride; i < end; ++i)
    chars += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  return chars;
}

}  // namespace warta::output
