//! The view state split into fields. The app keeps one `ViewState` (the address writes and
//! reads it whole); components are given only the fields they show or change, each a memoised
//! slice, so a change to one field re-runs only what reads that field.

use crate::model::display::DisplayMode;
use crate::model::{AreaToggle, MapScope, Theme, ViewState};
use leptos::prelude::*;

/// One field of the view: its value, and how a control changes it (`S`, the change, is the
/// field's own type unless the field needs more to change, like the localities).
pub struct Field<T: Send + Sync + 'static, S: 'static = T> {
    /// The field's value (memoised: it notifies only when the value changes).
    pub get: Signal<T>,
    /// Changes the field.
    pub set: SignalSetter<S>,
}

impl<T: Send + Sync + 'static, S: 'static> Clone for Field<T, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static, S: 'static> Copy for Field<T, S> {}

impl<T, S> Field<T, S>
where
    T: PartialEq + Send + Sync + 'static,
{
    fn of(
        state: RwSignal<ViewState>,
        get: impl Fn(&ViewState) -> T + Copy + Send + Sync + 'static,
        set: impl Fn(&mut ViewState, S) + Copy + Send + Sync + 'static,
    ) -> Field<T, S> {
        let (get, set) = create_slice(state, get, set);
        Field { get, set }
    }
}

impl Field<Option<String>> {
    /// The chosen value if it is one of `offered`, else the first offered (empty when none is):
    /// a link's choice is kept where it still makes sense.
    pub fn chosen_or_first(self, offered: Vec<String>) -> Memo<String> {
        let first = offered.first().cloned().unwrap_or_default();
        Memo::new(move |_| {
            self.get
                .get()
                .filter(|c| offered.contains(c))
                .unwrap_or_else(|| first.clone())
        })
    }
}

/// Every field of the view, made once by the app and handed out field by field.
#[derive(Clone, Copy)]
pub struct ViewSlices {
    /// The theme shown (another theme starts from its first indicator).
    pub theme: Field<Theme>,
    /// The chosen indicator (`None`: the theme's first).
    pub indicator: Field<Option<String>>,
    /// The chosen localities, changed one box at a time.
    pub areas: Field<Vec<String>, AreaToggle>,
    /// Figures, index or percentage change.
    pub mode: Field<DisplayMode>,
    /// The map's extent.
    pub map: Field<MapScope>,
    /// Whether the table of figures is open.
    pub table: Field<bool>,
    /// The comparison's period.
    pub period: Field<Option<String>>,
    /// The age structure's locality.
    pub age: Field<Option<String>>,
    /// The pyramid's locality.
    pub pyramid: Field<Option<String>>,
    /// The pyramid's projected year.
    pub pyramid_year: Field<Option<i32>>,
    /// The neighbourhood view's place (`None`: all of BSW).
    pub place: Field<Option<String>>,
    /// The neighbourhood view's domain id (`None`: the overall index).
    pub domain: Field<Option<String>>,
    /// The neighbourhood read on the neighbourhood view.
    pub focus: Field<Option<String>>,
    /// The Variation view's locality (`None`: BSW, else its first).
    pub locality: Field<Option<String>>,
    /// The whole view, read only: for the links the page writes (share and embed).
    pub whole: ReadSignal<ViewState>,
}

impl ViewSlices {
    /// Splits `state` into its fields.
    pub fn new(state: RwSignal<ViewState>) -> ViewSlices {
        ViewSlices {
            theme: Field::of(state, |s| s.theme, |s, t| s.show_theme(t)),
            indicator: Field::of(state, |s| s.indicator.clone(), |s, i| s.indicator = i),
            areas: Field::of(state, |s| s.areas.clone(), |s, t: AreaToggle| t.apply(s)),
            mode: Field::of(state, |s| s.mode, |s, m| s.mode = m),
            map: Field::of(state, |s| s.map, |s, m| s.map = m),
            table: Field::of(state, |s| s.table, |s, t| s.table = t),
            period: Field::of(state, |s| s.period.clone(), |s, p| s.period = p),
            age: Field::of(state, |s| s.age.clone(), |s, a| s.age = a),
            pyramid: Field::of(state, |s| s.pyramid.clone(), |s, p| s.pyramid = p),
            pyramid_year: Field::of(state, |s| s.pyramid_year, |s, y| s.pyramid_year = y),
            place: Field::of(state, |s| s.place.clone(), |s, p| s.place = p),
            domain: Field::of(state, |s| s.domain.clone(), |s, d| s.domain = d),
            focus: Field::of(state, |s| s.focus.clone(), |s, f| s.focus = f),
            locality: Field::of(state, |s| s.locality.clone(), |s, l| s.locality = l),
            whole: state.read_only(),
        }
    }
}
