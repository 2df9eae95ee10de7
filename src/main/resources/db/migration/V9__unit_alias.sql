-- Names of units confirmed by humas-pusat at assignUnit ("Lapas Kelas IIB Tuban" as the press wrote it),
-- learned by the classifier beside the aliases of the registry file.
CREATE TABLE unit_alias (
  alias      VARCHAR(200) NOT NULL PRIMARY KEY,
  unit_code  VARCHAR(80)  NOT NULL,
  saved_by   VARCHAR(128),
  saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
