//! One screen each. Every page derives what it shows from its route and query.

mod broken;
mod desk;
mod question;
mod result;

pub use broken::{BrokenData, BrokenLink};
pub use desk::DeskPage;
pub use question::QuestionPage;
pub use result::ResultPage;

use yew::prelude::*;
use yew_router::prelude::use_location;

/// The current query string (with its `?`), or empty outside a router.
#[hook]
fn use_query() -> String {
    use_location().map(|l| l.query_str().to_string()).unwrap_or_default()
}
