//! The app root: routes, the switch from a route to its page, and whether the app is still taking
//! over pre-rendered markup.

use crate::components::in_next_task;
use crate::contract::AppState;
use crate::diagnosis::{guide, Place};
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

/// What the pages get from the app root. Changing it re-renders only the pages (the components
/// that read the query or move focus), not every widget.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AppContext {
    /// False while the browser takes over pre-rendered markup: the pages then render exactly
    /// what the static page holds (which was rendered without a query string), and only read
    /// the query once this turns true, right after.
    pub settled: bool,
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

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// Whether the app is taking over pre-rendered markup (see [`AppContext::settled`]).
    #[prop_or_default]
    pub hydrating: bool,
}

/// The browser app: the pages under the browser's history.
#[component]
pub fn App(props: &AppProps) -> Html {
    let settled = use_state(|| !props.hydrating);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            // The re-render this causes (reading the query) must not lengthen the task that
            // took over the page.
            in_next_task(move || {
                settled.set(true);
                // Marks the page as interactive: buttons that need the app are shown from now on.
                let _ = gloo::utils::document_element().set_attribute(AppState::ATTRIBUTE, AppState::Ready.as_str());
            });
        });
    }
    html! {
        <BrowserRouter>
            <Pages settled={*settled} />
        </BrowserRouter>
    }
}

#[derive(Properties, PartialEq, Clone)]
struct PagesProps {
    settled: bool,
}

/// The route switch, or a plain error page if the data is broken.
#[component]
fn Pages(props: &PagesProps) -> Html {
    match guide() {
        Ok(_) => html! {
            <ContextProvider<AppContext> context={AppContext { settled: props.settled }}>
                <Switch<Route> render={switch} />
            </ContextProvider<AppContext>>
        },
        Err(e) => html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    }
}

#[cfg(feature = "ssr")]
pub use server::{ServerApp, ServerAppProps};

#[cfg(feature = "ssr")]
mod server {
    use super::Pages;
    use crate::components::split_link;
    use yew::prelude::*;
    use yew_router::history::{AnyHistory, History, MemoryHistory};
    use yew_router::prelude::*;

    /// Props of [`ServerApp`].
    #[derive(Properties, PartialEq, Clone)]
    pub struct ServerAppProps {
        /// The page's path from the app's base, e.g. `/r/pin-locked/`.
        pub url: AttrValue,
        /// Trunk's public URL without its trailing slash (`None` at the site root).
        #[prop_or_default]
        pub base: Option<AttrValue>,
    }

    /// The same pages, rendered at build time for one URL (see `crate::prerender`).
    ///
    /// Hydration matches components by nesting depth: `ServerApp` → `Router` → `BaseRouter`
    /// mirrors the browser's `App` → `BrowserRouter` → `BaseRouter`.
    #[component]
    pub fn ServerApp(props: &ServerAppProps) -> Html {
        let history = AnyHistory::from(MemoryHistory::new());
        let (path, query) = split_link(&props.url);
        let _ = history.replace_with_query(path, query);
        html! {
            <Router history={history} basename={props.base.clone()}>
                <Pages settled={false} />
            </Router>
        }
    }
}
