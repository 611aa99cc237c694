namespace SlmAssistant.Routing.Redaction.Detectors;

internal interface IPiiDetector
{
    IEnumerable<PiiMatch> Detect(string text);
}
