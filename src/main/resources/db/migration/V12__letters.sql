-- Letters to the press (DESIGN.md "Letters to the press").
-- Letter data per unit: letterhead, signatory and number format; seeded from data/unit-letters.csv (V13).
CREATE TABLE unit_letter (
  unit_code        VARCHAR(80)  PRIMARY KEY,
  letterhead_name  VARCHAR(200) NOT NULL,
  address          VARCHAR(300) NOT NULL,
  phone            VARCHAR(60)  NOT NULL,
  email            VARCHAR(200) NOT NULL,
  head_title       VARCHAR(200) NOT NULL,
  head_name        VARCHAR(200) NOT NULL,
  head_nip         VARCHAR(30)  NOT NULL,
  number_format    VARCHAR(100) NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE,
  updated_by       VARCHAR(128)
);

-- One sequence of letter numbers per unit and year; a number is taken by updating its row (a row lock, so
-- two nodes never hand out the same number) and never given back.
CREATE TABLE letter_register (
  unit_code   VARCHAR(80) NOT NULL,
  letter_year INT         NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (unit_code, letter_year)
);

-- The number a statement received when it was approved, as printed on its letters.
ALTER TABLE statement ADD COLUMN letter_number VARCHAR(100);
ALTER TABLE statement ADD COLUMN letter_unit VARCHAR(80);
ALTER TABLE statement ADD COLUMN letter_date TIMESTAMP WITH TIME ZONE;
