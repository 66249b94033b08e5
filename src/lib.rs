//! jianbao: an editorial workstation for Chinese internal information bulletins (简报).
//!
//! Data flows one way: files → [`import`] → [`model`] → [`store`] →
//! (`tui` | [`cli`]) → [`layout`] → [`export`].

pub mod archive;
pub mod atomic;
pub mod backup;
pub mod bulletin;
pub mod chain;
pub mod check;
pub mod cli;
pub mod demo;
pub mod draft;
pub mod edit_text;
pub mod editor;
pub mod error;
pub mod export;
pub mod feedback;
pub mod i18n;
pub mod import;
pub mod layout;
pub mod model;
pub mod review;
pub mod script;
pub mod search;
pub mod settings;
pub mod signoff;
pub mod similar;
pub mod stats;
pub mod store;
pub mod submission;
#[cfg(feature = "tui")]
pub mod tui;
pub mod year;
