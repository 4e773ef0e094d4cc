//! Revisions of an article: which claims of a claims file survive in a newer
//! version of the article, which changed, which are new and which are gone.
//!
//! [`align`] pairs the claims; [`words`] shows how a sentence changed;
//! [`update`] works out what the claims file should say afterwards.

pub mod align;
mod sentences;
pub mod update;
pub mod words;

pub use align::{Alignment, Field, Pair, align, align_file};
pub use update::{Outcome, update};
