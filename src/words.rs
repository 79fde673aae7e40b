//! Eight bytes at a time: the word-wide tests the body reader and the matcher share, where a
//! byte-by-byte loop was most of their time.

pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes of `bytes` from `at`, as one little-endian word.
#[inline]
pub(crate) fn word(bytes: &[u8], at: usize) -> Option<u64> {
    let eight = bytes.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(<[u8; 8]>::try_from(eight).ok()?))
}

/// The first eight bytes of `bytes` as a little-endian word, zero where there are fewer. Not a
/// copy into a buffer: one of unknown length is a call to `memcpy`.
#[inline]
pub(crate) const fn head(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let (mut word, mut at) = (0, bytes.len());
    while at > 0 {
        at -= 1;
        word = (word << 8) | bytes[at] as u64;
    }
    word
}

/// The last eight bytes of `bytes` as a little-endian word, the final byte highest and zero
/// where there are fewer.
#[inline]
pub(crate) const fn tail(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.last_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let (mut word, mut at) = (0, 0);
    while at < bytes.len() {
        word = (word >> 8) | (bytes[at] as u64) << 56;
        at += 1;
    }
    word
}

/// The bytes of a [`head`] word that `len` bytes fill.
pub(crate) const fn head_mask(len: usize) -> u64 {
    if len >= 8 {
        u64::MAX
    } else {
        (1 << (8 * len)) - 1
    }
}

/// The bytes of a [`tail`] word that `len` bytes fill.
pub(crate) const fn tail_mask(len: usize) -> u64 {
    !head_mask(8 - if len < 8 { len } else { 8 })
}

/// The eight bytes of `word` with `A`..=`Z` made lowercase, all at once; bytes outside ASCII
/// are left as they are.
#[inline]
pub(crate) const fn lowercase(word: u64) -> u64 {
    let low = word & !HIGH;
    let from_a = low.wrapping_add(ONES * (0x80 - b'A' as u64));
    let past_z = low.wrapping_add(ONES * (0x80 - b'Z' as u64 - 1));
    let upper = from_a & !past_z & !word & HIGH;
    word | (upper >> 2)
}

/// The high bit of every zero byte of `word`, and maybe of bytes above one: a borrow only
/// carries upwards, so the lowest bit set is exact.
#[inline]
pub(crate) const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGH
}

/// [`zero_bytes`] for the bytes below `limit` (at most 0x80).
#[inline]
pub(crate) const fn bytes_below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value at every place in a word, alone and after a byte of each kind, against
    /// the byte-wise definition.
    #[test]
    fn agree_with_byte_wise_tests() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                for before in [b'a', 0, b'A', 0xff] {
                    let mut eight = [b'x'; 8];
                    eight[at] = byte;
                    if at > 0 {
                        eight[at - 1] = before;
                    }
                    let word = u64::from_le_bytes(eight);
                    let lowered: Vec<u8> = eight.iter().map(u8::to_ascii_lowercase).collect();
                    assert_eq!(lowercase(word).to_le_bytes().to_vec(), lowered);
                    let first = |found: u64| (found != 0).then(|| found.trailing_zeros() / 8);
                    let first_where =
                        |test: fn(&u8) -> bool| eight.iter().position(test).map(|at| at as u32);
                    assert_eq!(first(zero_bytes(word)), first_where(|&b| b == 0));
                    assert_eq!(first(bytes_below(word, 0x20)), first_where(|&b| b < 0x20));
                }
            }
        }
    }

    #[test]
    fn ends_pad_short_slices_with_zeros() {
        assert_eq!(head(b"ab"), u64::from_le_bytes(*b"ab\0\0\0\0\0\0"));
        assert_eq!(head(b"abcdefghij"), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(tail(b"ab"), u64::from_le_bytes(*b"\0\0\0\0\0\0ab"));
        assert_eq!(tail(b"abcdefghij"), u64::from_le_bytes(*b"cdefghij"));
        assert_eq!((head(b""), tail(b"")), (0, 0));
        for len in 0..10 {
            let filled = vec![0xff; len];
            assert_eq!(head_mask(len), head(&filled), "{len}");
            assert_eq!(tail_mask(len), tail(&filled), "{len}");
        }
        assert_eq!(word(b"abcdefg", 0), None);
        assert_eq!(
            word(b"abcdefghi", 1),
            Some(u64::from_le_bytes(*b"bcdefghi"))
        );
    }
}
