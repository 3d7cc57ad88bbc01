//! Lesson 24: async traits, async closures, and what spawn needs.
