//! Fetches the bundled data files and keeps each in a slot of its own: the area list and the
//! link's theme at start (at once, side by side), every other file the first time it is asked
//! for. A file arriving re-runs only what reads its slot.

use crate::model::age_profile::AGES_FILE;
use crate::model::boundary::{parse_boundaries, BoundaryFile};
use crate::model::england::{parse_england, EnglandFile};
use crate::model::neighbourhood::{parse_neighbourhoods, NeighbourhoodFile, NEIGHBOURHOODS_FILE};
use crate::model::{parse_areas, parse_theme, AreaFile, LoadError, Theme, ThemeData, AREAS_FILE};
use crate::ui::marks::mark;
use crate::web::fetch_text;
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

/// A file's text: not asked for yet, on its way, or downloaded.
#[derive(Debug, Clone, PartialEq)]
enum Download {
    NotAsked,
    Pending,
    Done(Result<String, LoadError>),
}

/// One file in the theme format. Its text is downloaded as soon as it is asked for, without
/// waiting for the area list; it is read (and checked against the areas) once both are there.
#[derive(Clone, Copy)]
struct ThemeSlot {
    text: RwSignal<Download>,
    data: Memo<Loaded<ThemeData>>,
}

impl ThemeSlot {
    fn new(file: String, areas: RwSignal<Loaded<AreaFile>>) -> ThemeSlot {
        let text = RwSignal::new(Download::NotAsked);
        let data = Memo::new(move |_| {
            text.with(|t| match t {
                Download::NotAsked | Download::Pending => Loaded::Loading,
                Download::Done(Err(e)) => Loaded::Failed(e.clone()),
                Download::Done(Ok(text)) => match areas.get() {
                    Loaded::Ready(areas) => match parse_theme(&file, text, &areas) {
                        Ok(d) => {
                            mark("theme-read");
                            Loaded::Ready(Arc::new(d))
                        }
                        Err(e) => Loaded::Failed(e),
                    },
                    // The page says why the area list failed; until then, wait for it.
                    Loaded::Loading | Loaded::Failed(_) => Loaded::Loading,
                },
            })
        });
        ThemeSlot { text, data }
    }

    /// Starts downloading `file` unless it has been asked for already.
    fn request(self, file: String) {
        if self.text.with_untracked(|t| *t != Download::NotAsked) {
            return;
        }
        self.text.set(Download::Pending);
        let text = self.text;
        spawn_local(async move {
            let result = fetch_text(&file).await;
            text.set(Download::Done(result));
        });
    }
}

/// Every data file the app has asked for, shared through context: one slot per file.
#[derive(Clone, Copy)]
pub struct DataStore {
    /// `data/areas.json`.
    pub areas: RwSignal<Loaded<AreaFile>>,
    /// The bundled themes' files and the population by age, each with its slot.
    theme_files: StoredValue<Vec<(String, ThemeSlot)>>,
    boundaries: RwSignal<Option<Loaded<BoundaryFile>>>,
    england: RwSignal<Option<Loaded<EnglandFile>>>,
    neighbourhoods: RwSignal<Option<Loaded<NeighbourhoodFile>>>,
    /// What the user has opened: the "Your data" theme and the areas with any it added.
    pub imported: RwSignal<Option<(Arc<ThemeData>, Arc<AreaFile>)>>,
}

impl DataStore {
    /// Creates the store and starts fetching the area list and, beside it, the data of
    /// `first` (the theme the link opens), so that neither waits for the other.
    pub fn new(first: Theme) -> DataStore {
        let areas = RwSignal::new(Loaded::Loading);
        let files = Theme::ALL
            .iter()
            .filter(|t| t.is_bundled())
            .map(|t| t.data_file())
            .chain(std::iter::once(AGES_FILE.to_owned()));
        let store = DataStore {
            areas,
            theme_files: StoredValue::new(
                files
                    .map(|f| (f.clone(), ThemeSlot::new(f, areas)))
                    .collect(),
            ),
            boundaries: RwSignal::new(None),
            england: RwSignal::new(None),
            neighbourhoods: RwSignal::new(None),
            imported: RwSignal::new(None),
        };
        spawn_local(async move {
            let file = AREAS_FILE;
            let result = match fetch_text(file).await {
                Ok(text) => parse_areas(file, &text),
                Err(e) => Err(e),
            };
            mark("areas-read");
            areas.set(match result {
                Ok(a) => Loaded::Ready(Arc::new(a)),
                Err(e) => Loaded::Failed(e),
            });
        });
        if first.data_theme().is_bundled() {
            store.theme_file(first.data_theme().data_file());
        }
        store
    }

    /// The data of `theme` (the user's files for "Your data"), fetching it the first time it is
    /// asked for. The neighbourhoods have a file of their own ([`DataStore::neighbourhoods`]).
    pub fn theme(&self, theme: Theme) -> Loaded<ThemeData> {
        if theme == Theme::Neighbourhoods {
            return Loaded::Failed(LoadError::whole_file(
                NEIGHBOURHOODS_FILE,
                "is not a theme file: the neighbourhood view reads it",
            ));
        }
        if theme.is_user() {
            return match self.imported.get() {
                Some((data, _)) => Loaded::Ready(data),
                None => Loaded::Loading,
            };
        }
        self.theme_file(theme.data_theme().data_file())
    }

    /// A file in the theme format (a theme's, or the population by age): its slot's state,
    /// starting the download the first time it is asked for.
    fn theme_file(&self, file: String) -> Loaded<ThemeData> {
        let slot = self
            .theme_files
            .with_value(|slots| slots.iter().find(|(f, _)| *f == file).map(|(_, s)| *s));
        match slot {
            Some(slot) => {
                slot.request(file);
                slot.data.get()
            }
            None => Loaded::Failed(LoadError::whole_file(
                &file,
                "is not one of the explorer's data files".to_owned(),
            )),
        }
    }
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
    pub fn ages(&self) -> Loaded<ThemeData> {
        self.theme_file(AGES_FILE.to_owned())
    }

    /// The neighbourhoods of the places with their deprivation, fetched the first time the
    /// neighbourhood view asks for them.
    pub fn neighbourhoods(&self, areas: Arc<AreaFile>) -> Loaded<NeighbourhoodFile> {
        lazy_file(self.neighbourhoods, NEIGHBOURHOODS_FILE, move |text| {
            parse_neighbourhoods(NEIGHBOURHOODS_FILE, text, &areas)
        })
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
