// Whether this build runs under AddressSanitizer (WARTA_SANITIZE,
// scripts/test_sanitized.sh), whose code is several times slower: tests
// that size their input for the engine's limits take a smaller one there.
#ifndef WARTA_TESTING_SANITIZED_H_
#define WARTA_TESTING_SANITIZED_H_

namespace warta::testing {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

}  // namespace warta::testing

#endif  // WARTA_TESTING_SANITIZED_H_
