//! The names that cross languages: set or read by the Rust components, by `assets/first.js` and
//! `assets/boot.js` (which run before the app exists), by the CSS, and by the build. One list, here; the header
//! of `boot.js` repeats it, and `tests/contract.rs` checks that boot.js, the CSS and the rendered
//! pages use exactly these. Yew's `html!` takes attribute names only as literals, so the markup
//! spells `data-stored` and `data-remember` out; the test finds them in the rendered pages.

/// Where the app stands, in `<html data-app>`: first.js and boot.js write all but `Ready`, which the app
/// writes once it has taken over; the CSS shows or hides what needs the app by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppState {
    /// A static page: the app is fetched only when something needs it.
    Waiting,
    /// The app is being fetched and started.
    Starting,
    /// The app has taken over.
    Ready,
    /// The app could not be fetched; the next tap tries again.
    Failed,
}

impl AppState {
    /// The attribute on `<html>`.
    pub const ATTRIBUTE: &'static str = "data-app";
    /// Every state, for the contract test.
    pub const ALL: [AppState; 4] = [AppState::Waiting, AppState::Starting, AppState::Ready, AppState::Failed];

    /// The attribute's value.
    pub const fn as_str(self) -> &'static str {
        match self {
            AppState::Waiting => "waiting",
            AppState::Starting => "starting",
            AppState::Ready => "ready",
            AppState::Failed => "failed",
        }
    }
}

/// The id of the element the pages are rendered into, and the app takes over.
pub const ROOT: &str = "app";
/// On `#app`: the path the markup was rendered for. The build writes it, boot.js removes it when
/// the page answers another path (404.html), and the app hydrates only if it is there.
pub const PAGE: &str = "data-page";
/// On the steps: the storage key of this page's ticks; boot.js starts the app at load if set.
pub const STORED: &str = "data-stored";
/// On an answer link: the entry to leave behind (the question's path with the answer marked),
/// which boot.js writes before the page load that a link is until the app runs.
pub const REMEMBER: &str = "data-remember";
/// On the share button: the result's stable link, which boot.js shares (see
/// `components/share.rs`: boot.js does the sharing).
pub const SHARE: &str = "data-share";
/// On the share button: the title shared with the link.
pub const SHARE_TITLE: &str = "data-share-title";
/// On the share button: what boot.js says once shared, once copied, and when neither works
/// (`{url}` is the link), from the data like every word on the page.
pub const SHARE_WORDS: [&str; 3] = ["data-shared", "data-link-copied", "data-link-copy-failed"];
/// On a button that needs the app: what the CSS shows after its label while it waits.
pub const BUSY: &str = "data-busy";
/// On the pages' script tag (`first.js`): `boot.js`, hash-named by the build, which first.js
/// fetches once the first paint is on screen.
pub const BOOT_SCRIPT: &str = "data-boot";
/// On `<html>`: set by first.js from the start until boot.js runs, while it holds the taps made
/// meanwhile (then replayed to boot.js).
pub const HOLDING: &str = "data-holding";
/// On the same tag as [`BOOT_SCRIPT`]: the app's glue script and wasm, hash-named by Trunk.
pub const BOOT_JS: &str = "data-js";
/// See [`BOOT_JS`].
pub const BOOT_WASM: &str = "data-wasm";
/// The line boot.js reveals when the app could not be fetched (first.js, when boot.js itself
/// could not).
pub const LOAD_ERROR: &str = "load-error";
/// The line boot.js reveals when a newer build's worker took over this page.
pub const UPDATE_NOTE: &str = "update-note";
/// The line near the top that boot.js reveals once the offline copy is kept.
pub const OFFLINE_READY: &str = "offline-ready";
/// The note every page carries, hidden, saying the data may be out of date; see [`STALE`].
pub const STALE_NOTE: &str = "stale-note";
/// On the stale note: the first day (`YYYY-MM-DD`) on which the data counts as old.
pub const STALE_FROM: &str = "data-stale-from";
/// On `<html>`: written by first.js before the first paint when the device's date is on or after the stale
/// note's day; the CSS then shows the note. Kept on `<html>` so that it outlives the app's own
/// moves between screens, which render the note afresh.
pub const STALE: &str = "data-stale";
/// The query the share button adds to the link it sends (`?sent`), so that the page opened
/// from it says it was sent; its value does not matter.
pub const SENT_QUERY: &str = "sent";
/// The note on a result, hidden, for a person who opened a link sent to them; see [`SENT`].
pub const SENT_NOTE: &str = "sent-note";
/// On `<html>`: written by first.js before the first paint when the address has [`SENT_QUERY`],
/// removed by boot.js when the person goes to another page; the CSS then shows the sent note.
pub const SENT: &str = "data-sent";
/// The id of a result's words to send, which the link near the top of the result points to.
pub const SEND_WORDS: &str = "send-words";
/// On the way back of a page reached from another (the contacts, the page about the
/// information): boot.js goes back in the history, to the very result and scroll position, where
/// there is one; otherwise the link's own address (the start) opens.
pub const BACK: &str = "data-back";
/// A control that needs a script (the app, or boot.js itself for share): the CSS hides it where
/// no script runs (no `data-app`).
pub const NEEDS_APP: &str = "needs-app";

/// On the language switch: the page's language; on each of its links: that link's. boot.js
/// remembers the one tapped, and keeps the page's for the offline copy when none was.
pub const LANG_CHOICE: &str = "data-lang";
/// On each other language of the switch: "read this page in it", in it (`ui.read_in`), which
/// boot.js offers in [`LANG_HINT`].
pub const LANG_READ_IN: &str = "data-read-in";
/// The line, empty and hidden, where boot.js offers the page in the language last chosen on this
/// device, when the page is in another.
pub const LANG_HINT: &str = "lang-hint";
/// Where boot.js keeps the language last chosen, in `localStorage`.
pub const LANG_KEY: &str = "myna-lang";

/// Every name above but the states: the contract test finds each in boot.js's header.
pub const NAMES: [&str; 30] = [
    ROOT,
    BACK,
    AppState::ATTRIBUTE,
    PAGE,
    STORED,
    REMEMBER,
    SHARE,
    SHARE_TITLE,
    SHARE_WORDS[0],
    SHARE_WORDS[1],
    SHARE_WORDS[2],
    BUSY,
    BOOT_SCRIPT,
    HOLDING,
    BOOT_JS,
    BOOT_WASM,
    LOAD_ERROR,
    UPDATE_NOTE,
    OFFLINE_READY,
    STALE_NOTE,
    STALE_FROM,
    STALE,
    SENT_QUERY,
    SENT_NOTE,
    SENT,
    NEEDS_APP,
    LANG_CHOICE,
    LANG_READ_IN,
    LANG_HINT,
    LANG_KEY,
];
