-- Issue #20 item 2: a person's rank within protocol order (smaller first); NULL sorts after all ranked people.
ALTER TABLE registration ADD COLUMN precedence_rank INTEGER;
-- A demo conference loaded before this version gets the order the demo now has: the DLT's president first.
UPDATE registration SET precedence_rank = 1 WHERE email = 'landrat@ostholstein.demo.podium.example';
UPDATE registration SET precedence_rank = 2 WHERE email = 'landrat@werra-meissner-kreis.demo.podium.example';
