//! Revisions of an article: which claims of a claims file survive in a newer
//! version of the article, which changed, which are new and which are gone.
//!
//! [`align`] pairs the claims; [`words`] shows how a sentence changed. The
//! `update` command that writes the result into the file builds on these.

pub mod align;
pub mod words;

pub use align::{Alignment, Field, Pair, align};
