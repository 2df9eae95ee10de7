-- Stories an officer judged a false alarm (verdict SALAH_DETEKSI): what intake flagged, why, and the
-- officer's reason, kept as feedback on detection and counted per unit in the KPI report.
CREATE TABLE false_alarm (
  case_id             VARCHAR(20)   NOT NULL PRIMARY KEY REFERENCES crisis_case (case_id),
  unit_code           VARCHAR(80),
  flagged_categories  VARCHAR(400)  NOT NULL,
  story_title         VARCHAR(500),
  evidence            VARCHAR(4000),
  reason              VARCHAR(4000) NOT NULL,
  decided_by          VARCHAR(128),
  decided_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX false_alarm_unit ON false_alarm (unit_code, decided_at);
