using System.Text.RegularExpressions;
using SitRep.Diagnostics;

namespace SitRep.Extracts;

/// <summary>
/// Writes a new, empty situation folder: the manifest (situation.yaml, sources.yaml), every extract
/// file with comments that explain its fields, and a sources/ folder. <c>sitrep check</c> on it then
/// says what to fill in first.
/// </summary>
public static partial class SituationScaffold
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex IdPattern();

    /// <summary>Creates the folder and its files; refuses a folder that already holds anything.</summary>
    /// <returns>The files written, relative to the folder.</returns>
    public static IReadOnlyList<string> Create(string directory)
    {
        var display = SituationLoader.Display(directory);
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))).ToLowerInvariant();
        if (!IdPattern().IsMatch(id))
            throw new InputException(SourceLocation.Of(display), $"'{id}' cannot name a situation: use lower-case letters, digits and hyphens, e.g. cyclone-2026");
        if (File.Exists(directory))
            throw new InputException(SourceLocation.Of(display), "a file of that name exists; choose another name");
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new InputException(SourceLocation.Of(display), "the folder exists and is not empty; SitRep writes a new situation only into a new or empty folder");

        Directory.CreateDirectory(Path.Combine(directory, "sources"));
        var written = new List<string>();
        foreach (var (name, text) in Files(id))
        {
            File.WriteAllText(Path.Combine(directory, name), text.ReplaceLineEndings("\n"));
            written.Add(name);
        }

        written.Add("sources/");
        return written;
    }

    private static IEnumerable<(string Name, string Text)> Files(string id)
    {
        yield return ("situation.yaml", $$"""
            # What the brief is about. Fill in title, country and as_of first; `sitrep check` says what is missing.
            # docs/extracts.md documents every field.
            id: {{id}}
            title: ""                          # the brief's title, e.g. "Country: what happened"
            subtitle: ""                       # optional: one line under the title
            country: { name: "", iso_n3: "" }  # the country, and its ISO 3166 numeric code in quotes, e.g. "404"
            as_of: ""                          # the date the brief is current to, YYYY-MM-DD
            # focus: a-place-id                # optional: the places.yaml id the map centres on
            language: en
            author: SitRep
            keywords: []
            key_figures: []                    # figure ids to show first, in order
            # period: { from: 2026-01-01, to: 2026-01-07 }   # optional (OCHA): the period the report covers
            # next_update: 2026-01-10          # optional (OCHA): next report on or around this date
            # contacts:                        # optional (OCHA)
            #   - { name: "…", role: "Head of Office", email: "name@example.org" }
            # map_disclaimer: "…"              # optional: replaces the standard United Nations map disclaimer
            # actor_categories:                # optional: the situation's own actor categories replace the default set
            #   - { id: state, heading: "State forces" }
            summary: []                        # key points: { id, text (your words), source, evidence (verbatim) }

            """);
        yield return ("sources.yaml", """
            # One entry per source text. Save each text, verbatim and as UTF-8, in sources/ and list it here.
            sources: []
            #  - id: agency-update-1          # short, lower-case: extracts cite it
            #    file: sources/agency-update-1.txt
            #    outlet: "Agency name"       # "unknown" when the text does not say
            #    title: "The document's title"
            #    published: 2026-01-07       # YYYY-MM-DD, YYYY-MM or YYYY
            #    published_precision: day    # day | month | year, as the date is written
            #    url: https://example.org/   # optional
            #    language: en

            """);
        yield return ("figures.yaml", """
            # Numbers, each printed as its source says it. Every figure cites a source and quotes it verbatim.
            figures: []
            #  - id: people-displaced
            #    label: "People displaced"
            #    value: 1.2                  # the number as written ("1.2 million" is 1.2 with scale: million)
            #    scale: million              # optional: thousand | million | billion
            #    qualifier: about            # exact (default) | about | at_least | more_than | up_to | fewer_than | between
            #    # range: [200, 300]         # instead of value, for "between 200 and 300"
            #    unit: people                # free words printed after the number: people, %, km, houses
            #    # currency: US$             # printed before the number
            #    # basis: reported           # optional: verified | reported | estimated
            #    category: displaced         # population | affected | displaced | casualties | injured | missing | needs | response | funding | damage | health | ...
            #    # sector: shelter           # optional: health, shelter, wash, food, protection, ...
            #    # as_of: 2026-01-06         # optional: not after the source's publication
            #    # key: displaced            # optional: figures sharing a key are compared across sources
            #    # of: another-figure-id     # optional: this figure is part of that total
            #    source: agency-update-1
            #    evidence: "about 1.2 million people have been displaced"

            """);
        yield return ("timeline.yaml", """
            timeline: []
            #  - id: ev-landfall
            #    date: 2026-01-03            # YYYY, YYYY-MM or YYYY-MM-DD
            #    precision: day              # day | month | year
            #    text: "What happened, in your words."
            #    label: "Short label"        # optional: for the timeline chart
            #    source: agency-update-1
            #    evidence: "verbatim"

            """);
        yield return ("actors.yaml", """
            actors: []
            #  - id: who
            #    name: "World Health Organization"
            #    short: WHO                  # optional
            #    category: un                # state | paramilitary | militia | armed-group | jihadist | government | political | un | international | ngo | donor | person
            #    description: "What it is and does, in your words."
            #    role: ""                    # for people: their title
            #    source: agency-update-1
            #    evidence: "verbatim"

            """);
        yield return ("quotes.yaml", """
            quotes: []
            #  - id: q-outlook
            #    speaker: "Name"
            #    role: "Title"
            #    section: outlook            # outlook | reaction | context
            #    text: "The quote, verbatim; shorten only with (...)"
            #    source: agency-update-1

            """);
        yield return ("judgments.yaml", """
            judgments: []
            #  - id: j-needs-rise
            #    text: "The judgment, without likelihood words."
            #    likelihood: likely          # ICD 203: almost no chance | very unlikely | unlikely | roughly even chance | likely | very likely | almost certain
            #    confidence: moderate        # low | moderate | high
            #    lead: true                  # optional: a key judgment, shown first
            #    # topic: health             # optional
            #    source: agency-update-1
            #    evidence: "verbatim passage the judgment rests on"

            """);
        yield return ("background.yaml", """
            background: []
            #  - id: bg-context
            #    period: "2020–2025"         # free text
            #    topic: history
            #    text: "Context, in your words."
            #    source: agency-update-1
            #    evidence: "verbatim"

            """);
        yield return ("places.yaml", """
            places: []
            #  - id: capital
            #    name: "Place name"
            #    lat: -1.29
            #    lon: 36.82
            #    kind: capital               # capital | town | area

            """);
        yield return ("charts.yaml", """
            charts: []
            #  - id: key-numbers
            #    type: bar                   # bar | share (parts of a total, with of:) | timeline | map
            #    title: "Title"
            #    caption: "Where the numbers come from."
            #    alt: "What the chart shows, for readers who cannot see it."
            #    items: [people-displaced]   # figure, event or place ids

            """);
        yield return ("response.yaml", """
            # Optional (OCHA sitrep parts): appeal funding, and the response and gaps by sector.
            funding: []
            #  - id: flash-appeal
            #    label: "Flash appeal"
            #    requirement: 48.5           # amounts as written, in the currency and scale below
            #    received: 12.1
            #    percent_funded: 25          # optional
            #    currency: US$
            #    scale: million
            #    as_of: 2026-01-06
            #    source: agency-update-1
            #    evidence: "verbatim passage with the amounts"
            response: []
            #  - { id: resp-health, sector: health, text: "What responders do.", source: agency-update-1, evidence: "verbatim" }
            gaps: []
            #  - { id: gap-shelter, sector: shelter, text: "What is missing.", source: agency-update-1, evidence: "verbatim" }

            """);
    }
}
