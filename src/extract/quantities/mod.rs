//! The `percent`, `money`, `quantity` and `duration` dimensions, plus the
//! hedges, ranges and vague amounts around any figure.

mod rules;
pub mod units;

pub use rules::mentions;
