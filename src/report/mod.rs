//! Where a desk's work stands, across many claims files: `report` (a table
//! and a summary in several formats, the HTML page) and the ClaimReview
//! export both start from [`load`].

pub mod html;
pub mod load;
pub mod value;

pub use load::{LoadError, Loaded, load};
