#pragma once

#include "app/session/item_status.hpp"
#include "checklists/scoring.hpp"

#include <wx/bmpbndl.h>
#include <wx/colour.h>
#include <wx/vector.h>

namespace ccg::gui {

/// Fill colour of a RAG band (None is a neutral grey).
wxColour ragColour(Rag rag);

/// A readable text colour on top of ragColour(rag).
wxColour ragTextColour(Rag rag);

/// One icon per session::ItemMark, in enum order, for the item tree.
wxVector<wxBitmapBundle> statusIcons();

/// The index of a mark's icon in statusIcons().
inline int iconIndex(session::ItemMark mark) { return static_cast<int>(mark); }

}  // namespace ccg::gui
