// OffsetMap: byte offsets in a UTF-8 text -> character (code point) offsets,
// as the JSON contract wants them. Keeps the character count at every 64th
// byte, so a lookup scans at most 63 bytes and the map costs 1/16 of the
// text in memory; pure-ASCII text needs no map at all.
#ifndef WARTA_OUTPUT_OFFSET_MAP_H_
#define WARTA_OUTPUT_OFFSET_MAP_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace warta::output {

class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);

  // REQUIRES: byte_offset <= text.size() and on a code point boundary.
  uint32_t CharOffset(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  bool ascii_ = true;
  std::vector<uint32_t> checkpoints_;  // chars before byte k * kStride
};

}  // namespace warta::output

#endif  // WARTA_OUTPUT_OFFSET_MAP_H_
