//! Fetches the bundled data files and keeps them in signals: the area list at start,
//! each theme's file the first time the theme is shown.

use crate::model::age_profile::AGES_FILE;
use crate::model::boundary::{parse_boundaries, BoundaryFile};
use crate::model::england::{parse_england, EnglandFile};
use crate::model::{parse_areas, parse_theme, AreaFile, LoadError, Theme, ThemeData, AREAS_FILE};
use crate::ui::fetch::fetch_text;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The state of one data file.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    /// Being fetched.
    Loading,
    /// Fetched and valid.
    Ready(Arc<T>),
    /// Could not be used; the error names the file and the problem.
    Failed(LoadError),
}

/// Every data file the app has asked for, shared through context.
#[derive(Clone, Copy)]
pub struct DataStore {
    /// `data/areas.json`.
    pub areas: RwSignal<Loaded<AreaFile>>,
    themes: RwSignal<Vec<(String, Loaded<ThemeData>)>>,
    boundaries: RwSignal<Option<Loaded<BoundaryFile>>>,
    england: RwSignal<Option<Loaded<EnglandFile>>>,
    /// What the user has opened: the "Your data" theme and the areas with any it added.
    pub imported: RwSignal<Option<(Arc<ThemeData>, Arc<AreaFile>)>>,
}

impl DataStore {
    /// Creates the store and starts fetching the area list.
    pub fn new() -> DataStore {
        let store = DataStore {
            areas: RwSignal::new(Loaded::Loading),
            themes: RwSignal::new(Vec::new()),
            boundaries: RwSignal::new(None),
            england: RwSignal::new(None),
            imported: RwSignal::new(None),
        };
        let areas = store.areas;
        spawn_local(async move {
            let file = AREAS_FILE;
            let result = match fetch_text(file).await {
                Ok(text) => parse_areas(file, &text),
                Err(e) => Err(e),
            };
            areas.set(match result {
                Ok(a) => Loaded::Ready(Arc::new(a)),
                Err(e) => Loaded::Failed(e),
            });
        });
        store
    }

    /// The data of `theme`, fetching it (and checking it against `areas`) the first time it
    /// is asked for.
    pub fn theme(&self, theme: Theme, areas: Arc<AreaFile>) -> Loaded<ThemeData> {
        if !theme.is_bundled() {
            return match self.imported.get() {
                Some((data, _)) => Loaded::Ready(data),
                None => Loaded::Loading,
            };
        }
        self.theme_file(theme.data_file(), areas)
    }

    /// A file in the theme format (a theme's, or the population by age), fetched and checked
    /// against `areas` the first time it is asked for.
    fn theme_file(&self, file: String, areas: Arc<AreaFile>) -> Loaded<ThemeData> {
        if let Some(state) = self.themes.with(|m| state_of(m, &file)) {
            return state;
        }
        let themes = self.themes;
        themes.update_untracked(|m| m.push((file.clone(), Loaded::Loading)));
        spawn_local(async move {
            let result = match fetch_text(&file).await {
                Ok(text) => parse_theme(&file, &text, &areas),
                Err(e) => Err(e),
            };
            let state = match result {
                Ok(d) => Loaded::Ready(Arc::new(d)),
                Err(e) => Loaded::Failed(e),
            };
            themes.update(|m| {
                m.retain(|(f, _)| *f != file);
                m.push((file, state));
            });
        });
        Loaded::Loading
    }
}

/// The state of a theme-format file, if it was asked for (a handful of files: a list will do).
fn state_of(themes: &[(String, Loaded<ThemeData>)], file: &str) -> Option<Loaded<ThemeData>> {
    themes
        .iter()
        .find(|(f, _)| f == file)
        .map(|(_, s)| s.clone())
}

/// Fetches one file the first time it is asked for and keeps its state in `signal`.
fn lazy_file<T: Clone + Send + Sync + 'static>(
    signal: RwSignal<Option<Loaded<T>>>,
    file: &'static str,
    parse: impl FnOnce(&str) -> Result<T, LoadError> + 'static,
) -> Loaded<T> {
    if let Some(state) = signal.get() {
        return state;
    }
    signal.update_untracked(|s| *s = Some(Loaded::Loading));
    spawn_local(async move {
        let result = match fetch_text(file).await {
            Ok(text) => parse(&text),
            Err(e) => Err(e),
        };
        signal.set(Some(match result {
            Ok(v) => Loaded::Ready(Arc::new(v)),
            Err(e) => Loaded::Failed(e),
        }));
    });
    Loaded::Loading
}

impl DataStore {
    /// The map outlines of the places, fetched the first time they are asked for.
    pub fn boundaries(&self, areas: Arc<AreaFile>) -> Loaded<BoundaryFile> {
        let file = "data/boundaries.json";
        lazy_file(self.boundaries, file, move |text| {
            parse_boundaries(file, text, &areas)
        })
    }

    /// People by age band for the population pyramid, fetched the first time it is asked for.
    pub fn ages(&self, areas: Arc<AreaFile>) -> Loaded<ThemeData> {
        self.theme_file(AGES_FILE.to_owned(), areas)
    }

    /// Every English local authority, for the England-wide map, fetched the first time it is
    /// asked for (it is the largest file, and most visits never need it).
    pub fn england(&self) -> Loaded<EnglandFile> {
        let file = "data/england.json";
        lazy_file(self.england, file, move |text| parse_england(file, text))
    }
}

/// The store provided by [`crate::ui::App`].
pub fn use_data() -> DataStore {
    expect_context::<DataStore>()
}
