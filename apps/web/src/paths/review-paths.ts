export const reviewsPath = '/reviews';
