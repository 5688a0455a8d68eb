//! The app root: the guide checked once, the router switching on [`Place`], and each screen's
//! prologue (its walk, title and heading focus) resolved once before the page.

use crate::components::{in_next_task, use_base, use_page_heading, GuideRef};
use crate::contract::AppState;
use crate::diagnosis::{guide, Address, Lang, Page, Place, Screen};
use crate::pages::{AboutPage, AllPage, BrokenData, BrokenLink, ContactsPage, DeskPage, QuestionPage, ResultPage};
use std::collections::HashMap;
use yew::prelude::*;
use yew_router::history::{BrowserHistory, History};
use yew_router::prelude::*;

/// The router reads and writes the core's links: a path is an [`Address`] or names nothing.
impl Routable for Address {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Address> {
        path.parse().ok()
    }

    fn to_path(&self) -> String {
        self.to_string()
    }

    /// Unused: [`Routable::recognize`] parses the path itself.
    fn routes() -> Vec<&'static str> {
        Vec::new()
    }

    /// None: a path that names nothing is handled by [`Screen`].
    fn not_found_route() -> Option<Address> {
        None
    }

    fn recognize(pathname: &str) -> Option<Address> {
        pathname.parse().ok()
    }
}

/// The browser app: the screens under the browser's history.
#[component]
pub fn App() -> Html {
    use_effect_with((), move |_| {
        // In a task of its own, so that the task that took over the page stays short.
        in_next_task(move || {
            show_link_as_its_current_path();
            // Marks the page as interactive: buttons that need the app are shown from now on.
            let _ = gloo::utils::document_element().set_attribute(AppState::ATTRIBUTE, AppState::Ready.as_str());
        });
    });
    html! {
        <BrowserRouter>
            <Screens />
        </BrowserRouter>
    }
}

/// A link published before the answers moved into the path (`/r/<id>/?a=…`, `?chosen=…`), or
/// before a result was renamed or its answers moved, opens as the page its path names, taken
/// over as it is; then the address becomes the path the link means now, and the screen shows
/// what it said. The same screen, so focus and scroll stay.
fn show_link_as_its_current_path() {
    let location = gloo::utils::window().location();
    let (Ok(path), Ok(query)) = (location.pathname(), location.search()) else { return };
    let base = yew_router::utils::base_url().unwrap_or_default();
    let Some(link) = path.strip_prefix(&base) else { return };
    let Ok(address) = format!("{link}{query}").parse::<Address>() else { return };
    // A link that cannot be followed keeps what it said, for the page that says so.
    let now = match guide(address.lang).map(|g| g.screen(&address.place).map(|screen| screen.place(g))) {
        Ok(Ok(now)) => Address::new(address.lang, now),
        _ => address,
    }
    .to_string();
    if now != link {
        // The router's own history, so that the router hears of it.
        BrowserHistory::new().replace(format!("{base}{now}"));
    }
}

/// The screen of the router's location in its language, or a plain error page if the data is
/// broken: the one place a broken guide is handled.
#[component]
pub fn Screens() -> Html {
    let address = use_route::<Address>();
    let (base, location) = (use_base(), use_location());
    let path = location.as_ref().map(|l| l.path().to_string()).unwrap_or_default();
    let path = path.strip_prefix(base.as_str()).unwrap_or(&path).to_string();
    // A path that names nothing is still read in the language its prefix names.
    let lang = address.as_ref().map_or_else(|| Lang::of_path(&path).0, |a| a.lang);
    let body = match guide(lang) {
        Ok(g) => html! { <ScreenView guide={GuideRef(g)} place={address.map(|a| a.place)} {path} /> },
        Err(e) => html! { <BrokenData detail={AttrValue::from(e.to_string())} /> },
    };
    html! { <ContextProvider<Lang> context={lang}>{ body }</ContextProvider<Lang>> }
}

#[derive(Properties, PartialEq, Clone)]
struct ScreenViewProps {
    guide: GuideRef,
    /// The place the path names, in the guide's language; none for a path that names nothing.
    place: Option<Place>,
    /// The path from the app's base.
    path: String,
}

/// One screen's prologue: the [`Screen`] its place shows, the document title and the heading to
/// focus, resolved once; then its page.
#[component]
fn ScreenView(props: &ScreenViewProps) -> Html {
    let guide = props.guide;
    let screen = props.place.as_ref().map(|p| guide.0.screen(p));
    let title = match &screen {
        Some(Ok(screen)) => screen.title(&guide),
        _ => guide.broken_link_title(),
    };
    let heading = use_page_heading(&title, props.place.as_ref());
    let Some(Ok(screen)) = screen else {
        // A link that cannot be followed may still name a result that exists: the answers in
        // it may be out of date, or garbled on the way.
        let rest = Lang::of_path(&props.path).1;
        let result = Place::result_id_in(rest).and_then(|id| guide.result_or_alias(id)).map(|r| Place::result(&r.id));
        return html! { <BrokenLink {guide} {heading} shows={result} /> };
    };
    match screen {
        Screen::Question(shows) => html! { <QuestionPage {guide} {heading} {shows} /> },
        Screen::Result(shows) => html! { <ResultPage {guide} {heading} {shows} /> },
        Screen::Desk(shows) => html! { <DeskPage {guide} {heading} {shows} /> },
        Screen::Page(Page::All) => html! { <AllPage {guide} {heading} shows={()} /> },
        Screen::Page(Page::About) => html! { <AboutPage {guide} {heading} shows={()} /> },
        Screen::Page(Page::Contacts) => html! { <ContactsPage {guide} {heading} shows={()} /> },
    }
}

#[cfg(feature = "ssr")]
pub use server::{ServerApp, ServerAppProps};

#[cfg(feature = "ssr")]
mod server {
    use super::Screens;
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

    /// The same screens, rendered at build time for one path (see `crate::prerender`).
    ///
    /// Hydration matches components by nesting depth: `ServerApp` → `Router` → `BaseRouter`
    /// mirrors the browser's `App` → `BrowserRouter` → `BaseRouter`.
    #[component]
    pub fn ServerApp(props: &ServerAppProps) -> Html {
        let history = AnyHistory::from(MemoryHistory::new());
        history.replace(props.url.as_str());
        html! {
            <Router history={history} basename={props.base.clone()}>
                <Screens />
            </Router>
        }
    }
}
