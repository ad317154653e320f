#include "pdf_tools.h"

#include "process.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace seatplan::test {

namespace {

    ProcessResult poppler(const std::string& tool, const std::vector<std::string>& arguments)
    {
        ProcessResult result = runProcess("/usr/bin/" + tool, arguments);
        if (result.exitCode != 0)
            throw std::runtime_error(
                tool + " failed (" + std::to_string(result.exitCode) + "): " + result.err);
        return result;
    }

    // Reads a binary PGM (P5) file and returns the share of pixels darker than near-white.
    double inkShare(const std::filesystem::path& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::string magic;
        int width = 0, height = 0, maxValue = 0;
        in >> magic >> width >> height >> maxValue;
        in.get();
        if (magic != "P5" || width <= 0 || height <= 0)
            throw std::runtime_error(file.string() + ": not a PGM image");
        std::string pixels(static_cast<std::size_t>(width) * height, '\0');
        in.read(pixels.data(), static_cast<std::streamsize>(pixels.size()));
        const auto dark = std::count_if(pixels.begin(), pixels.end(),
            [&](char c) { return static_cast<unsigned char>(c) < maxValue * 0.9; });
        return static_cast<double>(dark) / static_cast<double>(pixels.size());
    }

} // namespace

std::string pdfText(const std::string& pdf)
{
    return poppler("pdftotext", { "-layout", pdf, "-" }).out;
}

std::vector<PdfFont> pdfFonts(const std::string& pdf)
{
    const std::string out = poppler("pdffonts", { pdf }).out;
    std::istringstream lines(out);
    std::string line;
    std::vector<PdfFont> fonts;
    bool table = false;
    while (std::getline(lines, line)) {
        if (line.rfind("---", 0) == 0) {
            table = true;
            continue;
        }
        if (!table || line.empty())
            continue;
        // Columns: name type [type...] encoding emb sub uni object ID; "emb" is the 5th from
        // the end.
        std::istringstream words(line);
        std::vector<std::string> parts;
        for (std::string word; words >> word;)
            parts.push_back(word);
        if (parts.size() < 7)
            continue;
        PdfFont font;
        font.name = parts.front();
        font.type = parts[1];
        font.embedded = parts[parts.size() - 5] == "yes";
        fonts.push_back(font);
    }
    return fonts;
}

int pdfPageCount(const std::string& pdf)
{
    std::istringstream lines(poppler("pdfinfo", { pdf }).out);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("Pages:", 0) == 0)
            return std::stoi(line.substr(6));
    return 0;
}

std::vector<double> pdfInkPerPage(const std::string& pdf, const std::string& folder, int dpi)
{
    const std::filesystem::path prefix = std::filesystem::path(folder) / "page";
    poppler("pdftoppm", { "-r", std::to_string(dpi), "-gray", pdf, prefix.string() });
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".pgm")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<double> ink;
    for (const auto& file : files)
        ink.push_back(inkShare(file));
    return ink;
}

} // namespace seatplan::test
