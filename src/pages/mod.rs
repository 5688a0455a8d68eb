//! One screen each, given its walk by the screen's prologue (`crate::app`).

mod broken;
mod desk;
mod question;
mod result;

pub use broken::{BrokenData, BrokenLink};
pub use desk::DeskPage;
pub use question::QuestionPage;
pub use result::ResultPage;
