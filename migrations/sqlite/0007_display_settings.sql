-- How the app looks for this account: text size, contrast, light or dark, motion.
ALTER TABLE accounts ADD COLUMN display TEXT NOT NULL DEFAULT '{}';
