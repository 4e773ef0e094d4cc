//! Where a desk's work stands, across many claims files: `report` (a table
//! and a summary in several formats, the HTML page) and the ClaimReview
//! export all start from [`load`], then [`select`] and [`summarize`].

pub mod claimreview;
pub mod formats;
pub mod html;
pub mod load;
pub mod record;
pub mod select;
pub mod summary;
pub mod value;

pub use load::{LoadError, Loaded, load};
pub use select::{Filter, Sort, select};
pub use summary::{Summary, summarize};
