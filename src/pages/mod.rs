//! One screen each, given its walk by the screen's prologue (`crate::app`).

mod about;
mod all;
mod broken;
mod contacts;
mod desk;
mod question;
mod result;

pub use about::AboutPage;
pub use all::AllPage;
pub use broken::{BrokenData, BrokenLink};
pub use contacts::ContactsPage;
pub use desk::DeskPage;
pub use question::QuestionPage;
pub use result::ResultPage;

use crate::components::GuideRef;
use yew::prelude::*;

/// The props of every page: the guide, the heading the screen's prologue focuses, and what the
/// page shows (a question with its walk, a result with its walk, a broken link's result, or
/// nothing more for the pages that read the same for everyone).
#[derive(Properties, PartialEq, Clone)]
pub struct PageProps<T: PartialEq + Clone + 'static> {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The screen's heading, focused on arrival.
    pub heading: NodeRef,
    /// What the page shows.
    pub shows: T,
}
