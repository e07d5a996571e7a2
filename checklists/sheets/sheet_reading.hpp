#pragma once

// Reading each sheet of a checklist workbook into the model, and remembering which row each part
// came from, so a finding of the checklist loader can be told by row too. Internal to
// checklist_from_sheet.
#include "checklists/checklist.hpp"
#include "checklists/diagnostic.hpp"
#include "checklists/sheets/table.hpp"

#include <map>
#include <tuple>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ccg::sheets {

/// A row of a sheet: "FILE:SHEET" (or "FILE") and its number.
struct Place {
    std::string label;
    int row = 1;
};

/// Where each part of the checklist was written. Domains and items keep their row in their own
/// `line` (they all come from the Items sheet); the rest is here.
struct Origins {
    Place checklist;
    Place scale;
    std::string items;  ///< the Items sheet's label
    std::vector<Place> sources;
    std::map<int, Place> levels;
    /// By domain, item and citation index, as the checklist holds them (and the XML writes them).
    std::map<std::tuple<std::size_t, std::size_t, std::size_t>, Place> citations;
};

/// A sheet to read and the label its findings carry.
struct SheetInput {
    const Table* table = nullptr;
    std::string label;
};

/// Fills the checklist's own fields and sources from the Checklist sheet (field, value rows).
void readChecklistSheet(const SheetInput& sheet, Checklist& checklist, Origins& origins, Diagnostics& errors);

/// Fills the scale from the Scale sheet (value, label, descriptor rows); `sheetName` for messages.
void readScaleSheet(const SheetInput& sheet, const std::string& sheetName, Checklist& checklist, Origins& origins,
                    Diagnostics& errors);

/// Fills domains and items from the Items sheet, then citations from the Citations sheet (when
/// there is one); the checklist's id and scale must already be read.
void readItemsSheet(const SheetInput& items, const SheetInput* citations, Checklist& checklist, Origins& origins,
                    Diagnostics& errors);

}  // namespace ccg::sheets
