//! Attribution: who the article says a figure comes from (`according to X`,
//! `X said`, `X figures show`, `..., said X.`). Every claim of a sentence
//! takes the nearest attribution before it, else the first one after it;
//! `he` or `the agency` refer back to the last source the article named.

mod rules;

pub use rules::{Attribution, attributions};
