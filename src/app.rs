//! The app root: routes, the switch from a route to its page, and the guide in context.

use crate::diagnosis::{guide, Guide, Place};
use crate::pages::{BrokenData, BrokenLink, DeskPage, QuestionPage, ResultPage};
use yew::prelude::*;
use yew_router::prelude::*;

/// Every screen has a path; the page derives everything else from it (the URL is the state).
///
/// The paths are the ones [`Place`] writes; `tests/routes.rs` checks that the two agree.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The first question, with the start screen's promise.
    #[at("/")]
    Start,
    /// A later question.
    #[at("/q/:id/")]
    Question {
        /// Question id.
        id: String,
    },
    /// A result; the answers that led there ride in the query.
    #[at("/r/:id/")]
    Result {
        /// Result id.
        id: String,
    },
    /// The 「受付で見せる」 view of a result.
    #[at("/r/:id/desk/")]
    Desk {
        /// Result id.
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404/")]
    NotFound,
}

impl From<&Place> for Route {
    fn from(place: &Place) -> Route {
        match place {
            Place::Start => Route::Start,
            Place::Question(id) => Route::Question { id: id.clone() },
            Place::Result { id, .. } => Route::Result { id: id.clone() },
            Place::Desk(id) => Route::Desk { id: id.clone() },
        }
    }
}

/// The shipped guide, handed to every page. Compared by address: there is only one.
#[derive(Clone, Copy, Debug)]
pub struct GuideRef(pub &'static Guide);

impl PartialEq for GuideRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Renders the page of a route.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Start => html! { <QuestionPage /> },
        Route::Question { id } => html! { <QuestionPage id={AttrValue::from(id)} /> },
        Route::Result { id } => html! { <ResultPage id={AttrValue::from(id)} /> },
        Route::Desk { id } => html! { <DeskPage id={AttrValue::from(id)} /> },
        Route::NotFound => html! { <BrokenLink /> },
    }
}

/// The app: the router over the pages, or a plain error page if the embedded data is broken.
#[component]
pub fn App() -> Html {
    match guide() {
        Ok(g) => html! {
            <ContextProvider<GuideRef> context={GuideRef(g)}>
                <BrowserRouter>
                    <Switch<Route> render={switch} />
                </BrowserRouter>
            </ContextProvider<GuideRef>>
        },
        Err(e) => html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    }
}
