//! The `number` and `ordinal` dimensions: what a figure is worth, before any
//! unit, currency or hedge is attached.

mod rules;

pub use rules::{Form, Num, numbers};
pub(crate) use rules::{numbers_at, parse_digits, scale_word, unit_word};
