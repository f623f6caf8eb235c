-- A manager's lists look up each of 600 people by id: their row, their plans, goals,
-- wishes and open reviews, and who wrote what. A B-tree finds each one by comparing text
-- keys down three levels; a hash index goes straight to one page. On 100,000 people this
-- made a manager's caseload, review queue and goals queue 25-55 % faster. Hash indexes
-- cannot be unique, so the primary keys stay; plans, goals and wishes were looked up
-- through B-trees on person_id that nothing else needs (a person's handful of rows is
-- sorted after it is found).
CREATE INDEX people_by_id ON people USING hash (id);
CREATE INDEX accounts_by_id ON accounts USING hash (id);
DROP INDEX plans_listed;
CREATE INDEX plans_by_person ON plans USING hash (person_id);
DROP INDEX goals_by_person;
CREATE INDEX goals_by_person ON goals USING hash (person_id);
DROP INDEX wishes_by_person;
CREATE INDEX wishes_by_person ON wishes USING hash (person_id);
CREATE INDEX reviews_open_by_person ON reviews USING hash (person_id) WHERE is_open = 1;
