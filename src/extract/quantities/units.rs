//! Word tables for what can stand around a number: percent signs, units of
//! measure and time (currencies are in `currencies`). Each entry is a lowercase token sequence.

/// A unit or currency written as one or more tokens.
#[derive(Debug)]
pub struct Entry {
    pub tokens: &'static [&'static str],
    pub name: &'static str,
}

pub(super) const fn e(tokens: &'static [&'static str], name: &'static str) -> Entry {
    Entry { tokens, name }
}

/// Percent written after the figure.
pub const PERCENT: &[Entry] = &[
    e(&["%"], "percent"),
    e(&["per", "cent"], "percent"),
    e(&["percent"], "percent"),
    e(&["percents"], "percent"),
    e(&["percentage", "points"], "percentage points"),
    e(&["percentage", "point"], "percentage points"),
    e(&["percentage"], "percent"),
    e(&["pct"], "percent"),
    e(&["points", "percent"], "percent"),
];

/// Units of measure. Canonical names are the plural English words.
pub const MEASURE: &[Entry] = &[
    e(&["square", "kilometres"], "square kilometres"),
    e(&["square", "kilometers"], "square kilometres"),
    e(&["sq", "km"], "square kilometres"),
    e(&["km2"], "square kilometres"),
    e(&["km", "²"], "square kilometres"),
    e(&["square", "miles"], "square miles"),
    e(&["sq", "mi"], "square miles"),
    e(&["km", "^", "2"], "square kilometres"),
    e(&["km", "squared"], "square kilometres"),
    e(&["square", "kilometre"], "square kilometres"),
    e(&["km3"], "cubic kilometres"),
    e(&["km", "^", "3"], "cubic kilometres"),
    e(&["km", "cubed"], "cubic kilometres"),
    e(&["cubic", "kilometres"], "cubic kilometres"),
    e(&["cubic", "kilometers"], "cubic kilometres"),
    e(&["sq", "miles"], "square miles"),
    e(&["square", "metres"], "square metres"),
    e(&["square", "meters"], "square metres"),
    e(&["cubic", "metres"], "cubic metres"),
    e(&["cubic", "meters"], "cubic metres"),
    e(&["hectares"], "hectares"),
    e(&["hectare"], "hectares"),
    e(&["acres"], "acres"),
    e(&["acre"], "acres"),
    e(&["kilometres", "per", "hour"], "kilometres per hour"),
    e(&["kilometers", "per", "hour"], "kilometres per hour"),
    e(&["km", "per", "hour"], "kilometres per hour"),
    e(&["km", "/", "h"], "kilometres per hour"),
    e(&["miles", "per", "hour"], "miles per hour"),
    e(&["km", "2"], "square kilometres"),
    e(&["km", "3"], "cubic kilometres"),
    e(&["kilometres"], "kilometres"),
    e(&["kilometers"], "kilometres"),
    e(&["kilometre"], "kilometres"),
    e(&["kilometer"], "kilometres"),
    e(&["km"], "kilometres"),
    e(&["kms"], "kilometres"),
    e(&["miles"], "miles"),
    e(&["mile"], "miles"),
    e(&["mi"], "miles"),
    e(&["metres"], "metres"),
    e(&["meters"], "metres"),
    e(&["metre"], "metres"),
    e(&["meter"], "metres"),
    e(&["centimetres"], "centimetres"),
    e(&["centimeters"], "centimetres"),
    e(&["cm"], "centimetres"),
    e(&["millimetres"], "millimetres"),
    e(&["millimeters"], "millimetres"),
    e(&["mm"], "millimetres"),
    e(&["feet"], "feet"),
    e(&["foot"], "feet"),
    e(&["ft"], "feet"),
    e(&["inches"], "inches"),
    e(&["inch"], "inches"),
    e(&["yards"], "yards"),
    e(&["metric", "tonnes"], "tonnes"),
    e(&["metric", "tons"], "tonnes"),
    e(&["tonnes"], "tonnes"),
    e(&["tonne"], "tonnes"),
    e(&["tons"], "tons"),
    e(&["ton"], "tons"),
    e(&["kilograms"], "kilograms"),
    e(&["kilogrammes"], "kilograms"),
    e(&["kilogram"], "kilograms"),
    e(&["kilos"], "kilograms"),
    e(&["kg"], "kilograms"),
    e(&["kgs"], "kilograms"),
    e(&["grams"], "grams"),
    e(&["milligrams"], "milligrams"),
    e(&["mg"], "milligrams"),
    e(&["gram"], "grams"),
    e(&["lbs"], "pounds (weight)"),
    e(&["lb"], "pounds (weight)"),
    e(&["ounces"], "ounces"),
    e(&["oz"], "ounces"),
    e(&["millilitres"], "millilitres"),
    e(&["milliliters"], "millilitres"),
    e(&["millilitre"], "millilitres"),
    e(&["milliliter"], "millilitres"),
    e(&["ml"], "millilitres"),
    e(&["litres"], "litres"),
    e(&["liters"], "litres"),
    e(&["litre"], "litres"),
    e(&["liter"], "litres"),
    e(&["l"], "litres"),
    e(&["gallons"], "gallons"),
    e(&["gallon"], "gallons"),
    e(&["barrels"], "barrels"),
    e(&["bpd"], "barrels per day"),
    e(&["megawatts"], "megawatts"),
    e(&["mw"], "megawatts"),
    e(&["gigawatts"], "gigawatts"),
    e(&["gw"], "gigawatts"),
    e(&["kilowatts"], "kilowatts"),
    e(&["kw"], "kilowatts"),
    e(&["kwh"], "kilowatt hours"),
    e(&["mwh"], "megawatt hours"),
    e(&["gwh"], "gigawatt hours"),
    e(&["km", "/", "h"], "kilometres per hour"),
    e(&["kph"], "kilometres per hour"),
    e(&["mph"], "miles per hour"),
    e(&["knots"], "knots"),
    e(&["°", "c"], "degrees Celsius"),
    e(&["°", "f"], "degrees Fahrenheit"),
    e(&["degrees", "celsius"], "degrees Celsius"),
    e(&["degrees", "centigrade"], "degrees Celsius"),
    e(&["degrees", "fahrenheit"], "degrees Fahrenheit"),
    e(&["degrees"], "degrees"),
];

/// Units of time: the figure is a duration.
pub const TIME: &[Entry] = &[
    e(&["seconds"], "seconds"),
    e(&["minutes"], "minutes"),
    e(&["minute"], "minutes"),
    e(&["hours"], "hours"),
    e(&["hrs"], "hours"),
    e(&["hour"], "hours"),
    e(&["days"], "days"),
    e(&["day"], "days"),
    e(&["weeks"], "weeks"),
    e(&["week"], "weeks"),
    e(&["fortnights"], "fortnights"),
    e(&["months"], "months"),
    e(&["month"], "months"),
    e(&["years"], "years"),
    e(&["year"], "years"),
    e(&["decades"], "decades"),
    e(&["decade"], "decades"),
    e(&["centuries"], "centuries"),
    e(&["century"], "centuries"),
];

/// Matches one of `entries` at token `i` (all tokens on one line).
pub fn match_at<'a>(
    t: &crate::extract::tokens::Tokens,
    i: usize,
    entries: &'a [Entry],
) -> Option<(&'a Entry, usize)> {
    // Called at every number for several tables: comparing the first token
    // once before walking a sequence keeps a miss to one string compare.
    let first = t.low(i);
    if first.is_empty() {
        return None;
    }
    entries
        .iter()
        .find(|e| e.tokens.first() == Some(&first) && seq_at(t, i, e.tokens))
        .map(|e| (e, e.tokens.len()))
}

/// Whether the lowercase tokens at `i..` are `seq` (on one line).
pub fn seq_at(t: &crate::extract::tokens::Tokens, i: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(k, w)| t.low(i + k) == *w && (k == 0 || t.same_line(i + k)))
}

/// Whether the lowercase tokens ending just before `end` are `seq`.
pub fn seq_before(t: &crate::extract::tokens::Tokens, end: usize, seq: &[&str]) -> bool {
    end >= seq.len() && seq_at(t, end - seq.len(), seq) && t.same_line(end)
}
