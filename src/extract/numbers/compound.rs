//! Adding up a compound number (`four thousand three hundred and twenty-one`,
//! `4 thousand 3 hundred and 21`, `twelve hundred`), and refusing sequences
//! that are two numbers (`five six`, `3 hundred and 2 hundred`).

use super::digits::{parse_digits, plain_integer};
use super::lexicon::{big_scale, dozen_word, ordinal_word, spaced_abbrev, tens_word, unit_word};
use crate::extract::tokens::{Kind, Tokens};

/// Reads a compound number from token `i` into `p`: words, and plain
/// integers where a compound allows them (`4 thousand 3 hundred and 21`).
/// Returns the end token and whether it closed with an ordinal.
pub(super) fn compound(t: &Tokens, i: usize, p: &mut WordParser) -> (usize, bool) {
    let mut j = i;
    let mut end = i;
    let mut saved: Option<(WordParser, usize)> = None;
    loop {
        if j > i && !t.same_line(j) {
            break;
        }
        let w = t.low(j);
        let pushed = if t.kind(j) == Some(Kind::Digits) {
            p.push_digits(t.raw(j), j == i)
        } else {
            p.push(
                w,
                j > i && t.same_line(j) && t.kind(j - 1) == Some(Kind::Digits),
            )
        };
        if pushed {
            j += 1;
            end = j;
            continue;
        }
        // `3 hundred and 2 hundred`: the `and` joined two numbers; undo it.
        if (w == "hundred" || big_scale(w).is_some())
            && let Some((snap, at)) = saved.take()
        {
            *p = snap;
            end = at;
            break;
        }
        // An ordinal closing a compound: `twenty-first`, `hundredth`. Not
        // after digits (`$280 million first-quarter loss`: ordinals in digits
        // take a suffix, `101st`), and not after a scale when the ordinal
        // starts a hyphenated modifier (`two million first-time buyers`,
        // `a billion second-hand phones`).
        if j > i
            && p.accepts_units()
            && t.kind(i) != Some(Kind::Digits)
            && (p.last == TENS || !(t.raw(j + 1) == "-" && t.glued(j + 1)))
            && let Some(v) = ordinal_word(w).filter(|&v| v < 10.0 || p.current == 0.0)
        {
            p.current += v;
            return (j + 1, true);
        }
        // Hyphens between tens and units: `twenty-five`, `fifty - two`.
        if w == "-"
            && j > i
            && p.last == TENS
            && t.same_line(j + 1)
            && (t.glued(j) && t.glued(j + 1)
                || unit_word(t.low(j + 1)).is_some_and(|v| (1.0..10.0).contains(&v)))
        {
            j += 1;
            continue;
        }
        // "and" inside: `one hundred and twenty-five`, `3 hundred and 21`.
        if w == "and"
            && matches!(p.last, HUNDRED | SCALE | DOZEN)
            && t.same_line(j + 1)
            && (unit_word(t.low(j + 1)).is_some()
                || tens_word(t.low(j + 1)).is_some()
                || plain_integer(t, j + 1))
        {
            saved = Some((p.clone(), end));
            p.and();
            j += 1;
            continue;
        }
        break;
    }
    (end, false)
}

const NONE: u8 = 0;

const UNIT: u8 = 1;

const TENS: u8 = 2;

const TEEN: u8 = 3;

const HUNDRED: u8 = 4;

pub(super) const SCALE: u8 = 5;

const AND: u8 = 6;

const DIGITS: u8 = 7;

const DOZEN: u8 = 8;

/// Accumulates a compound number; refuses sequences that are not one number
/// (`five six`, `twenty thirty`, `4000 3 hundred`).
#[derive(Debug, Default, Clone)]
pub(super) struct WordParser {
    total: f64,
    current: f64,
    /// What the previous element was (`NONE`, `UNIT`, `TENS`...).
    pub(super) last: u8,
    /// The largest scale so far, and the last one.
    big: f64,
    pub(super) last_scale: f64,
    pub(super) scaled: bool,
    words: usize,
    /// Value read since the last `and` (for `three hundred and two dozens`).
    pub(super) since_and: Option<f64>,
    /// The value before the last `and` (for `one hundred and three quarters`).
    pub(super) before_and: Option<f64>,
    /// Whether that `and` followed a scale word (`two million and ...`).
    pub(super) and_after_scale: bool,
}

impl WordParser {
    fn add(&mut self, v: f64) {
        self.current += v;
        if let Some(s) = self.since_and.as_mut() {
            *s += v;
        }
    }

    fn push_digits(&mut self, raw: &str, first: bool) -> bool {
        let plain = raw.bytes().all(|b| b.is_ascii_digit());
        let ok = if first {
            true
        } else {
            plain && raw.len() <= 3 && matches!(self.last, AND | SCALE) && raw != "0"
        };
        let Some(v) = parse_digits(raw).filter(|_| ok) else {
            return false;
        };
        self.add(v);
        self.last = DIGITS;
        self.words += 1;
        true
    }

    pub(super) fn push(&mut self, w: &str, after_digits: bool) -> bool {
        if let Some(v) = unit_word(w) {
            let teen = v >= 10.0;
            let ok = match self.last {
                NONE => true,
                HUNDRED | SCALE | AND => v > 0.0,
                TENS => !teen && v > 0.0,
                _ => false,
            };
            if !ok {
                return false;
            }
            self.add(v);
            self.last = if teen { TEEN } else { UNIT };
        } else if let Some(v) = tens_word(w) {
            if !matches!(self.last, NONE | HUNDRED | SCALE | AND) {
                return false;
            }
            self.add(v);
            self.last = TENS;
        } else if w == "hundred" {
            let ok = match self.last {
                UNIT | TEEN | TENS => self.current % 100.0 != 0.0 || self.current < 100.0,
                DIGITS => self.since_and.is_none_or(|s| s < 100.0),
                _ => false,
            } && (self.since_and.is_none() || self.and_after_scale);
            if !ok || self.current == 0.0 {
                return false;
            }
            match self.since_and.as_mut() {
                Some(s) => {
                    self.current += *s * 99.0;
                    *s *= 100.0;
                }
                None => self.current *= 100.0,
            }
            self.last = HUNDRED;
            self.scaled = true;
        } else if let Some(s) = big_scale(w).or_else(|| spaced_abbrev(w).filter(|_| after_digits)) {
            if self.words == 0 {
                return false;
            }
            if self.current == 0.0 {
                // `three thousand millions`, `three lakh crore`
                if !(self.last == SCALE && s > self.big) {
                    return false;
                }
                self.total *= s;
            } else if s > self.big {
                self.total = (self.total + self.current) * s;
            } else {
                self.total += self.current * s;
            }
            self.current = 0.0;
            self.big = self.big.max(s);
            self.last_scale = s;
            self.last = SCALE;
            self.scaled = true;
            self.since_and = None;
        } else if dozen_word(w) {
            if !matches!(self.last, UNIT | TENS | TEEN | HUNDRED | DIGITS) || self.current == 0.0 {
                return false;
            }
            match self.since_and.as_mut() {
                Some(s) => {
                    self.current += *s * 11.0;
                    *s *= 12.0;
                }
                None => self.current *= 12.0,
            }
            self.last = DOZEN;
            self.scaled = true;
        } else {
            return false;
        }
        self.words += 1;
        true
    }

    fn and(&mut self) {
        self.and_after_scale = self.last == SCALE;
        self.before_and = Some(self.total());
        self.since_and = Some(0.0);
        self.last = AND;
    }

    fn accepts_units(&self) -> bool {
        matches!(self.last, TENS | HUNDRED | SCALE)
    }

    pub(super) fn total(&self) -> f64 {
        self.total + self.current
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::testing::{all, one};

    #[test]
    fn and_joins_only_one_number() {
        assert_eq!(one("4 thousand 3 hundred and 21").0, 4321.0);
        let got = all("3 hundred and 2 hundred");
        assert_eq!(got[0], (300.0, "3 hundred".into()));
        assert_eq!(got[1], (200.0, "2 hundred".into()));
    }

    #[test]
    fn an_ordinal_after_a_scale_starts_a_modifier_not_a_compound() {
        // `$280 million first-quarter loss` once read as 280,000,001.
        let got = all("a 280 million first-quarter loss");
        assert_eq!(got[0], (280e6, "280 million".into()));
        assert_eq!(all("a $1 billion second phase")[0].0, 1e9);
        assert_eq!(all("two million first-time buyers")[0].0, 2e6);
        // Still ordinals: words closing on an ordinal.
        assert_eq!(one("twenty-first").0, 21.0);
        assert_eq!(one("one hundred first").0, 101.0);
        assert_eq!(all("the twenty-first-century city")[0].0, 21.0);
    }
}
