namespace SitRep.Text.Bidi;

/// <summary>The Bidi_Class property of UAX #9; the order matches the generated table.</summary>
public enum BidiClass : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON,
    LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}
