#include "app/gui/accessible_names.hpp"

#include <wx/stattext.h>
#include <wx/window.h>

#include <vector>

// Names reach screen readers through ATK, which wx does not expose on GTK: this file is GTK's.
#include <gtk/gtk.h>

namespace ccg::gui {

namespace {

// The GTK widgets that stand for a wx control, the one taking the keyboard focus last. A generic
// control (wxListCtrl, the date picker) is drawn by wx in child windows, and a native one may
// wrap its input (a multi-line text view inside a scrolled window): the name must reach the
// widget a screen reader lands on, and the outer one for readers that walk the tree.
std::vector<GtkWidget*> widgetsOf(wxWindow& control)
{
    std::vector<GtkWidget*> widgets{control.GetHandle()};
    if (GtkWidget* input = control.GetConnectWidget(); input && input != widgets.front())
        widgets.push_back(input);
    return widgets;
}

// A composite control (wxListCtrl's item window, the date picker's text box) takes the focus in
// a child window.
wxWindow& focusWindowOf(wxWindow& control)
{
    for (wxWindow* part : control.GetChildren())
        if (part->AcceptsFocus())
            return focusWindowOf(*part);
    return control;
}

GtkWidget* focusWidgetOf(wxWindow& control)
{
    return widgetsOf(focusWindowOf(control)).back();
}

void setName(wxWindow& control, const wxString& name)
{
    for (GtkWidget* widget : widgetsOf(control))
        if (widget)
            atk_object_set_name(gtk_widget_get_accessible(widget), name.utf8_str());
    for (wxWindow* part : control.GetChildren())
        if (part->AcceptsFocus())
            setName(*part, name);
}

}  // namespace

void labelControl(wxStaticText& label, wxWindow& control)
{
    // GTK's own tab order follows the widget order, but wx moves the focus itself: keep the
    // label just before its control so wx's mnemonic handling agrees with GTK's.
    label.MoveBeforeInTabOrder(&control);
    if (GTK_IS_LABEL(label.GetHandle()))
        gtk_label_set_mnemonic_widget(GTK_LABEL(label.GetHandle()), focusWidgetOf(control));
    setName(control, label.GetLabelText());
}

void nameControl(wxWindow& control, const wxString& name)
{
    setName(control, name);
}

wxString accessibleName(wxWindow& control)
{
    GtkWidget* widget = focusWidgetOf(control);
    if (!widget)
        return {};
    const char* name = atk_object_get_name(gtk_widget_get_accessible(widget));
    return name ? wxString::FromUTF8(name) : wxString();
}

}  // namespace ccg::gui
