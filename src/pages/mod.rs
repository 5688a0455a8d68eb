//! One screen each, given its walk by the screen's prologue (`crate::app`).

mod about;
mod broken;
mod contacts;
mod desk;
mod question;
mod result;

pub use about::AboutPage;
pub use broken::{BrokenData, BrokenLink};
pub use contacts::ContactsPage;
pub use desk::DeskPage;
pub use question::QuestionPage;
pub use result::ResultPage;
