using System.Text.RegularExpressions;

namespace SlmAssistant.Routing.Routing;

/// <summary>
/// A high-recall screen for phrases that mean a medical emergency or self-harm whatever the rest of the turn says,
/// written from the usual "call 911 if" red flags (heart attack, stroke, breathing, unresponsiveness, bleeding,
/// seizure, poisoning and overdose, anaphylaxis, head injury, pregnancy bleeding, suicide). Phrases that ordinary
/// clinic questions use ("emergency room", "poison control", "pain medication") are deliberately not in it.
/// </summary>
public static partial class EmergencyScreen
{
    /// <summary>The matched phrase, or null.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = TextNormaliser.Normalise(text);
        var match = Pattern().Match(normalised);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex("""
        \b(?:
          # heart
          chest\ (?:pain|pressure|tightness|feels\ tight) | (?:sitting|standing|pressing|weight)\ on\ (?:my|his|her|their)\ chest | (?:crushing|severe|sharp)\ (?:chest\ )?pain\ in\ (?:my|his|her|the)\ chest | heart\ attack | cardiac\ arrest | no\ pulse | heart\ (?:has\ )?stopped
          # breathing
          | (?:can\ ?not|can'?t|cant|couldn'?t|unable\ to)\ (?:breathe|catch\ (?:my|his|her)\ breath) | (?:not|isn'?t|stopped|barely|trouble|difficulty|struggling\ to|hard\ to)\ breath(?:e|ing)
          | (?:short(?:ness)?\ of|gasping\ for)\ breath | choking | (?:lips|face|skin)\ (?:are\ |is\ )?(?:turning\ |turned\ |going\ |gone\ |went\ )?(?:blue|gr[ae]y)
          # consciousness
          | unconscious | unresponsive | (?:not|isn'?t|wasn'?t)\ responding | won'?t\ wake\ up | passed\ out | fainted | collapsed | blacked\ out
          # stroke
          | stroke | can'?t\ feel\ (?:the\ )?(?:left|right)\ side | words\ (?:are\ )?(?:coming\ out\ )?(?:all\ )?(?:wrong|jumbled|garbled) | (?:face|mouth|smile)\ (?:is\ )?drooping | drooping\ (?:face|on\ one\ side) | slurred | can'?t\ (?:talk|speak)\ (?:right|properly|clearly)
          | (?:numb|weak|paralys\w*)\ on\ one\ side | can'?t\ move\ (?:one|the\ (?:left|right))\ side | one\ side\ of\ (?:my|his|her|their)\ (?:body|face)
          # bleeding
          | (?:severe|heavy|uncontrolled|profuse)\ bleeding | bleeding\ (?:heavily|badly|a\ lot|everywhere) | blood\ everywhere
          | (?:can'?t|cant|cannot|won'?t|wont)\ stop\ (?:the\ )?bleeding | bleeding\ (?:won'?t|wont|will\ not|doesn'?t|does\ not)\ stop
          | (?:coughing|vomiting|throwing)\ (?:up\ )?blood | lot\ of\ blood | (?:blood\ (?:is\ )?(?:spurting|gushing|pouring)|(?:spurting|gushing|pouring)\ blood)
          | bones?\ (?:is\ |are\ )?(?:sticking|poking)\ out
          # seizure
          | seizure | seizing | convuls\w*
          # poisoning, overdose
          | overdos\w* | \bod'?d\b | (?:took|taken|swallowed|ate)\ (?:a\ whole\ bottle|too\ many|too\ much|all\ (?:of\ )?(?:my|the|his|her)) | poisoned
          | took\ (?:like\ |about\ |around\ |maybe\ |over\ )?[1-9]\d+\ (?:of\ (?:my|his|her|the)\ )?(?:pills|tablets|capsules|tylenol|acetaminophen|paracetamol|advil|ibuprofen|aspirin|benadryl|sleeping\ pills|xanax|oxy\w*|percocet|painkillers)
          | (?:dishwasher|laundry|detergent)\ pods?\b.{0,40}\b(?:swallow\w*|ate|eaten|bit)\b | (?:swallow\w*|ate|eaten|bit)\b.{0,40}\b(?:dishwasher|laundry|detergent)\ pods?
          | blood\ sugar\b.{0,25}?\b[1-4]?\d\b(?![\d.])
          | (?:drank|drunk|swallowed|ate|ingested|eaten)\ (?:some\ |a\ |the\ |a\ bottle\ of\ )?(?:of\ )?(?:my\ |his\ |her\ |the\ )?(?:bleach|poison|chemicals?|detergent|antifreeze|button\ batter\w*|batter\w*|pills|medication|medicine|drain\ cleaner)
          | (?:inhaled|breathed\ in)\ (?:smoke|fumes|gas) | carbon\ monoxide
          # anaphylaxis
          | anaphyla\w* | (?:throat|tongue|lips)\ (?:is\ |are\ |feels\ like\ it'?s\ |feel\ like\ they'?re\ )?(?:swelling|swollen|closing) | swelling\ shut | severe\ allergic
          # head injury, trauma
          | assaulted | raped | attacked\ and | (?:feel|feels|feeling)\ faint | sudden(?:ly)?\ (?:confused|confusion)
          | hit\ (?:my|his|her|their)\ head | head\ injury | worst\ headache | thunderclap | (?:car|motorcycle|bike)\ (?:crash|accident) | stabbed | been\ shot | gunshot
          | badly\ (?:hurt|injured|burn\w*) | burned\ (?:my|his|her)\ \w+\ badly | drown\w*
          # pregnancy
          | pregnan\w*\b.{0,60}\b(?:bleed\w*|blood) | bleed\w*\b.{0,40}\bpregnan\w*
          # suicide, self-harm
          | suicid\w* | kill(?:ing)?\ (?:my|him|her|them)sel(?:f|ves) | end(?:ing)?\ (?:my|it\ all|my\ own)\ life | end(?:ing)?\ it\ all | no\ point\ (?:in\ )?(?:going\ on|living|carrying\ on|being\ alive) | want\ to\ (?:be\ alive|live)\ anymore | take\ my\ (?:own\ )?life
          | (?:want|wanna|going)\ (?:to\ )?die | don'?t\ want\ to\ (?:be\ alive|live) | better\ off\ (?:dead|without\ me)
          | (?:want|wanna|going|planning|plan|thinking\ (?:about|of)|thoughts\ of|urge)\ (?:to\ )?(?:hurt|harm|cut|kill)\w*\ (?:my|him|her)self | (?:cutting|harming)\ myself | self[-\ ]harm | cut\ (?:my|his|her)\ wrists? | no\ reason\ to\ (?:keep\ )?(?:living|live) | goodbye\ (?:note|letter)
          | jump\ off\ (?:a|the)\ (?:bridge|building|roof) | (?:gun|knife|rope|noose)\b.{0,40}\b(?:myself|my\ life)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
