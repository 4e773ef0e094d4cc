//! Money around a figure: the currency written before it (`$`, `US$`,
//! `EUR`, `hk $`) and cents after it (`3 dollars 50 cents`).

use super::currencies::{CURRENCY_BEFORE, code_at};
use super::units::seq_at;
use crate::extract::tokens::{Kind, Tokens};

/// `(ISO code, tokens)` of a currency written right before token `i`.
pub(super) fn currency_before(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    let before = if i > 0 { t.low(i - 1) } else { "" };
    for e in CURRENCY_BEFORE {
        let len = e.tokens.len();
        if e.tokens.last() != Some(&before)
            || i < len
            || !seq_at(t, i - len, e.tokens)
            || !t.same_line(i)
        {
            continue;
        }
        // Multi-token symbols (`US$`) must be glued; codes need not be.
        // ... except before the `$` of a code of two letters or more (`hk $ 10`).
        let spaced_ok =
            |j: usize| j == i - 1 && e.tokens[len - 1] == "$" && (len > 2 || e.tokens[0].len() > 1);
        if len > 1 && !(i - len + 1..i).all(|j| t.glued(j) || spaced_ok(j)) {
            continue;
        }
        // A single letter before `$` that is really a word (`a $5 fee`) is not `A$`.
        if len == 2 && e.tokens[0].len() == 1 && !t.capitalized(i - 2) {
            continue;
        }
        return Some((e.name, len));
    }
    // `IDR 85,000`, `KES 2.5 billion`: an ISO code in capitals.
    (i > 0 && t.same_line(i))
        .then(|| code_at(t, i - 1))
        .flatten()
        .map(|c| (c, 1))
}

/// Cents after a sum: `3 dollars 50 cents`, `$20 and 43c`, `15 dollars 50.`
pub(super) fn cents_after(t: &Tokens, last: usize) -> Option<(f64, usize)> {
    let mut j = last;
    if t.low(j) == "and" && t.same_line(j) {
        j += 1;
    }
    if !t.same_line(j) {
        return None;
    }
    let n = match t.kind(j) {
        Some(Kind::Digits) if t.raw(j).bytes().all(|b| b.is_ascii_digit()) => {
            let v = crate::extract::numbers::parse_digits(t.raw(j))?;
            (v, j + 1)
        }
        Some(Kind::Word) => {
            let ns = crate::extract::numbers::numbers_at(t, j)?;
            (ns.value, ns.last)
        }
        _ => return None,
    };
    let (v, k) = n;
    if !((1.0..100.0).contains(&v) && v.fract() == 0.0) {
        return None;
    }
    let w = t.low(k);
    if matches!(
        w,
        "cents" | "cent" | "c" | "pence" | "p" | "sen" | "sens" | "kopiykas" | "¢"
    ) && t.same_line(k)
    {
        return Some((v / 100.0, k + 1));
    }
    // A bare figure counts only at the end of the phrase: `15 dollars 50.`
    if j == last && (k >= t.len() || matches!(t.low(k), "." | "," | ";" | "!" | "?")) {
        return Some((v / 100.0, k));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::Dim;
    use crate::extract::quantities::testing::scan;

    #[test]
    fn a_symbol_between_two_sums_closes_the_first() {
        let got = scan("10 rmb 20 usd");
        assert_eq!(
            got,
            [(Dim::Money, "10 rmb".into()), (Dim::Money, "20 usd".into())]
        );
        let got = scan("$ 20,000.00 $ 37,305.97");
        assert_eq!(got[0].1, "$ 20,000.00");
        assert_eq!(got[1].1, "$ 37,305.97");
    }

    #[test]
    fn cents_join_the_sum_only_when_they_are_cents() {
        assert_eq!(
            scan("3 dollars 50 cents"),
            [(Dim::Money, "3 dollars 50 cents".into())]
        );
        // A bare figure after the sum is cents only at the end of a phrase.
        assert_eq!(scan("$5 and 3 people").len(), 2);
    }
}
