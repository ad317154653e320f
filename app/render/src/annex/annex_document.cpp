#include "seatplan/render/annex/annex_document.h"

namespace seatplan::render {

std::vector<const AnnexTable*> AnnexDocument::tables() const
{
    std::vector<const AnnexTable*> found;
    for (const auto& block : blocks)
        if (const auto* table = std::get_if<AnnexTable>(&block))
            found.push_back(table);
    return found;
}

} // namespace seatplan::render
