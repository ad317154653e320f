// The list of seatplan-cli's commands. A new command lives in its own file under commands/
// and adds one line here.
#include "command.h"

#include "commands/analyze_command.h"
#include "commands/annex_command.h"
#include "commands/catchments_command.h"
#include "commands/compare_command.h"
#include "commands/export_command.h"
#include "commands/import_command.h"
#include "commands/layers_command.h"
#include "commands/new_command.h"
#include "commands/plots_command.h"
#include "commands/sample_command.h"
#include "commands/scenario_command.h"
#include "commands/site_command.h"
#include "commands/validate_command.h"
#include "commands/version_command.h"

namespace seatplan::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<NewCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<LayersCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<SampleCommand>());
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<SiteCommand>());
    commands.push_back(std::make_unique<ScenarioCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<AnnexCommand>());
    commands.push_back(std::make_unique<CatchmentsCommand>());
    commands.push_back(std::make_unique<PlotsCommand>());
    return commands;
}

} // namespace seatplan::cli
