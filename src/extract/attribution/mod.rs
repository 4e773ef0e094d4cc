//! Attribution: who the article says a figure comes from (`according to X`,
//! `X said`, `X figures show`, `..., said X.`). A claim takes the nearest
//! attribution before it in its sentence, else the first trailing one after
//! it (`..., the ministry said`); `she` or `the agency` refer back to the
//! last fitting source the article named.

mod lexicon;
mod memory;
mod phrase;
mod quotes;
mod rules;
mod source;

pub use memory::Memory;
pub use rules::attributions;
pub use source::Attribution;
