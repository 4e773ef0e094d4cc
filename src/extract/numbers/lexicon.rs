//! The number words: units, tens, scales (spelled, abbreviated, South
//! Asian), ordinals and vulgar fractions. Tables only, so every rule file
//! reads the same vocabulary.

pub(crate) fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" | "nil" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(crate) fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words, spelled out or abbreviated.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Abbreviated scales glued to digits: `4m`, `3.5bn`, `20k`.
pub(super) fn scale_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "thou" => 1e3,
        "m" | "mn" | "mln" | "mil" | "mio" => 1e6,
        "b" | "bn" | "bln" => 1e9,
        "tn" | "trn" | "tr" => 1e12,
        _ => return None,
    })
}

pub(super) fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        "trillionth" => 1e12,
        _ => return None,
    })
}

pub(super) fn is_number_word(w: &str) -> bool {
    unit_word(w).is_some()
        || tens_word(w).is_some()
        || w == "hundred"
        || big_scale(w).is_some()
        || matches!(w, "of" | "-")
}

/// Scale words a number can carry, plurals included once a figure is there
/// (`three billions`), and South Asian `lakh` and `crore`.
pub(super) fn big_scale(w: &str) -> Option<f64> {
    scale_word(w).or(match w {
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => Some(1e5),
        "crore" | "crores" | "krore" | "krores" | "koti" => Some(1e7),
        // `Rs 300 cr`: only once a figure is there (see `push`).
        "cr" => Some(1e7),
        _ => None,
    })
}

/// Spaced scale abbreviations after digits: `10 bln`, `3.5 bn`, `2 tln`.
pub(super) fn spaced_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "mn" | "mln" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" | "tln" | "trln" => 1e12,
        _ => return None,
    })
}

pub(super) fn dozen_word(w: &str) -> bool {
    matches!(w, "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs")
}

pub(super) fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}
