//! How near a page's description is to a catalogue's template, for the nearest entry a missing
//! row is reported with. Every missing row is compared with every template, so one comparison
//! must cost little whatever the page holds: only the first [`COMPARED`] characters of each
//! text count, and the edit distance is Myers' bit-vector one, 64 rows of the matrix a step.

/// The characters of each text the search compares: the catalogue's longest template is 162,
/// and a row's text past this tells no entry from another.
pub const COMPARED: usize = 256;

/// The machine words a pattern of [`COMPARED`] characters takes.
const BLOCKS: usize = COMPARED.div_ceil(64);

/// Which of a pattern's characters equal one character, a bit each.
type Mask = [u64; BLOCKS];

/// A text made ready to be compared with many others.
pub struct Text<'t> {
    text: &'t str,
    pattern: Pattern,
}

impl<'t> Text<'t> {
    pub fn of(text: &'t str) -> Text<'t> {
        Text {
            text,
            pattern: Pattern::of(text),
        }
    }

    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// The characters compared.
    fn len(&self) -> usize {
        self.pattern.len
    }

    /// 1 for the same text, down to 0 for nothing in common: `1 - distance / longer length`,
    /// over the first [`COMPARED`] characters of both. The shorter text is the one walked: the
    /// work is its length times the longer one's blocks.
    pub fn similarity(&self, other: &Text<'_>) -> f64 {
        let (long, short) = if self.len() >= other.len() {
            (self, other)
        } else {
            (other, self)
        };
        match long.len() {
            0 => 1.0,
            longer => 1.0 - long.pattern.distance(short.text) as f64 / longer as f64,
        }
    }

    /// The most [`Text::similarity`] can be, from the lengths alone: their difference is that
    /// many edits. Worked out as the similarity is, so that it is never below it, rounding and
    /// all.
    pub fn most_similar(&self, other: &Text<'_>) -> f64 {
        match self.len().max(other.len()) {
            0 => 1.0,
            longer => 1.0 - self.len().abs_diff(other.len()) as f64 / longer as f64,
        }
    }
}

/// A text's first [`COMPARED`] characters, as the column of an edit-distance matrix.
struct Pattern {
    /// Its characters compared.
    len: usize,
    /// The masks of the ASCII characters, by code.
    ascii: Box<[Mask; 128]>,
    /// The masks of its other characters, sorted by character.
    other: Vec<(char, Mask)>,
}

impl Pattern {
    fn of(text: &str) -> Pattern {
        let mut pattern = Pattern {
            len: 0,
            ascii: Box::new([[0; BLOCKS]; 128]),
            other: Vec::new(),
        };
        for (index, c) in text.chars().take(COMPARED).enumerate() {
            let mask = if c.is_ascii() {
                &mut pattern.ascii[c as usize]
            } else {
                let at = (pattern.other.binary_search_by_key(&c, |(other, _)| *other))
                    .unwrap_or_else(|at| {
                        pattern.other.insert(at, (c, [0; BLOCKS]));
                        at
                    });
                &mut pattern.other[at].1
            };
            mask[index / 64] |= 1 << (index % 64);
            pattern.len = index + 1;
        }
        pattern
    }

    fn mask(&self, c: char) -> Mask {
        if c.is_ascii() {
            return self.ascii[c as usize];
        }
        (self.other.binary_search_by_key(&c, |(other, _)| *other))
            .map_or([0; BLOCKS], |at| self.other[at].1)
    }

    /// The Levenshtein distance to the first [`COMPARED`] characters of `text`. The pattern is
    /// the matrix's column, a block of 64 rows a word; each character of `text` advances every
    /// block by one column (Myers 1999, in edlib's blocked form), and the last block's bit of the
    /// pattern's last row keeps the distance.
    fn distance(&self, text: &str) -> usize {
        let blocks = self.len.div_ceil(64);
        let last_row = 1u64 << (self.len.saturating_sub(1) % 64);
        let (mut plus, mut minus) = ([!0u64; BLOCKS], [0u64; BLOCKS]);
        let mut distance = self.len;
        let mut len = 0;
        for c in text.chars().take(COMPARED) {
            len += 1;
            let mask = self.mask(c);
            // The first row is the distance from nothing: one more each column.
            let mut carry = 1;
            for block in 0..blocks {
                let high = if block + 1 == blocks {
                    last_row
                } else {
                    1 << 63
                };
                carry = step(
                    &mut plus[block],
                    &mut minus[block],
                    mask[block],
                    carry,
                    high,
                );
            }
            distance = distance.saturating_add_signed(carry);
        }
        // An empty pattern has no row to keep the distance in: it is the text's length.
        if blocks == 0 { len } else { distance }
    }
}

/// One column of one block: `plus` and `minus` hold where the distance goes up or down by one
/// from the row above, `carry_in` how it changes along the row above the block; returns how it
/// changes along the `high` row.
fn step(plus: &mut u64, minus: &mut u64, equal: u64, carry_in: isize, high: u64) -> isize {
    let (up, down) = (*plus, *minus);
    let down_in = u64::from(carry_in < 0);
    let vertical = equal | down;
    let equal = equal | down_in;
    let horizontal = ((equal & up).wrapping_add(up) ^ up) | equal;
    let mut h_plus = down | !(horizontal | up);
    let mut h_minus = up & horizontal;
    let carry_out = isize::from(h_plus & high != 0) - isize::from(h_minus & high != 0);
    h_plus = (h_plus << 1) | u64::from(carry_in > 0);
    h_minus = (h_minus << 1) | down_in;
    *plus = h_minus | !(vertical | h_plus);
    *minus = h_plus & vertical;
    carry_out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn capped(text: &str) -> String {
        text.chars().take(COMPARED).collect()
    }

    /// Texts of every length around the blocks' edges, ASCII and Chinese, near and far.
    fn samples() -> Vec<String> {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet: Vec<char> = "ab c.XX用户不存在".chars().collect();
        let mut texts = vec![String::new()];
        for len in [1, 2, 5, 63, 64, 65, 127, 128, 129, 200, 255, 256, 257, 300] {
            for _ in 0..3 {
                let pick = |_| alphabet[next() as usize % alphabet.len()];
                texts.push((0..len).map(pick).collect());
            }
        }
        texts
    }

    #[test]
    fn the_similarity_is_normalized_levenshtein_of_the_compared_characters() {
        let texts = samples();
        for a in &texts {
            let pattern = Pattern::of(a);
            for b in &texts {
                let (a_text, b_text) = (Text::of(a), Text::of(b));
                let expected = strsim::normalized_levenshtein(&capped(a), &capped(b));
                assert_eq!(a_text.similarity(&b_text), expected, "{a:?} {b:?}");
                assert!(a_text.most_similar(&b_text) >= expected, "{a:?} {b:?}");
                let distance = strsim::levenshtein(&capped(a), &capped(b));
                assert_eq!(pattern.distance(b), distance, "{a:?} {b:?}");
            }
        }
    }

    /// A megabyte of text costs what its first characters do, and the rest of it does not
    /// count against its similarity.
    #[test]
    fn only_the_first_characters_count() {
        let start = "username is not legal ".repeat(20);
        let long = format!("{start}{}", "x".repeat(1_000_000));
        let pattern = Pattern::of(&long);
        assert_eq!(pattern.len, COMPARED);
        assert_eq!(pattern.distance(&long), 0);
        assert_eq!(Text::of(&long).similarity(&Text::of(&start)), 1.0);
    }
}
