#include "gui_driver.hpp"

#include "gui_fixture.hpp"

#include "app/gui/main_frame.hpp"
#include "app/gui/file_chooser.hpp"

#include <wx/uiaction.h>
#include <wx/window.h>

namespace ccg::test {

void runMenu(wxWindow& frame, int id)
{
    wxCommandEvent event(wxEVT_MENU, id);
    event.SetEventObject(&frame);
    frame.GetEventHandler()->ProcessEvent(event);
    pump(50);
}

void answerFileDialogs(gui::MainFrame& frame, const std::string& path)
{
    frame.setFileChooser([path](wxWindow*, const gui::FileRequest&) { return wxString::FromUTF8(path); });
}

void pressKey(int key)
{
    wxUIActionSimulator simulator;
    simulator.Char(key);
    pump(60);
}

void typeText(const std::string& text)
{
    wxUIActionSimulator simulator;
    simulator.Text(text.c_str());
    pump(60);
}

}  // namespace ccg::test
