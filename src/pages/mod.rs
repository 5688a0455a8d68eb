//! One screen each. Every page derives what it shows from its route and query.

mod broken;
mod desk;
mod question;
mod result;

pub use broken::{BrokenData, BrokenLink};
pub use desk::DeskPage;
pub use question::QuestionPage;
pub use result::ResultPage;
